import { describe, expect, it } from 'vitest';
import {
  choiceAt,
  currentNodeId,
  endingOf,
  endingsWithStatus,
  findNode,
  stepStanding,
} from '@/features/scenario/engine';
import { choice, dilemma, step } from './fixtures';

const scenario = dilemma(
  [
    step('one', [choice('left', 'two'), choice('right', 'bad')]),
    step('two', [choice('up', 'good'), choice('down', 'meh')]),
  ],
  [
    { id: 'good', rating: 'good', title: 'G', text: [] },
    { id: 'meh', rating: 'acceptable', title: 'M', text: [] },
    { id: 'bad', rating: 'poor', title: 'B', text: [] },
  ],
);

const run = (path: [string, string][]) => ({ path, startedAt: 0, updatedAt: 0 });

describe('scenario engine', () => {
  it('starts at the start step', () => {
    expect(currentNodeId(scenario, undefined)).toBe('one');
  });

  it('follows the choices made to the current step or ending', () => {
    expect(currentNodeId(scenario, run([['one', 'left']]))).toBe('two');
    expect(
      currentNodeId(
        scenario,
        run([
          ['one', 'left'],
          ['two', 'down'],
        ]),
      ),
    ).toBe('meh');
    expect(currentNodeId(scenario, run([['one', 'right']]))).toBe('bad');
  });

  it('restarts a run that no longer fits the dilemma', () => {
    expect(currentNodeId(scenario, run([['one', 'gone']]))).toBe('one');
    expect(currentNodeId(scenario, run([['two', 'up']]))).toBe('one');
  });

  it('tells which choices end the dilemma', () => {
    expect(endingOf(scenario, scenario.steps[0]!.choices[1]!)).toBe('bad');
    expect(endingOf(scenario, scenario.steps[0]!.choices[0]!)).toBeUndefined();
  });

  it('remembers the choice made at a step, for replay and reload', () => {
    expect(choiceAt(run([['one', 'left']]), 'one')).toBe('left');
    expect(choiceAt(run([['one', 'left']]), 'two')).toBeUndefined();
  });

  it('finds steps and endings by id and lists which endings are found', () => {
    expect(findNode(scenario, 'two')?.kind).toBe('step');
    expect(findNode(scenario, 'meh')?.kind).toBe('ending');
    expect(findNode(scenario, 'nope')).toBeUndefined();
    expect(endingsWithStatus(scenario, ['bad']).map((e) => e.found)).toEqual([false, false, true]);
  });

  it('tells a step not yet reached from one already passed', () => {
    expect(stepStanding(scenario, undefined, 'one')).toBe('current');
    expect(stepStanding(scenario, undefined, 'two')).toBe('not-reached');
    expect(stepStanding(scenario, run([['one', 'left']]), 'one')).toBe('chosen');
    expect(stepStanding(scenario, run([['one', 'left']]), 'two')).toBe('current');
    // Another branch of this round is not reached either.
    expect(stepStanding(scenario, run([['one', 'right']]), 'two')).toBe('not-reached');
  });
});
