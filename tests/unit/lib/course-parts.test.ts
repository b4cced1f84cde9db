import { describe, expect, it } from 'vitest';
import {
  chosenTracks,
  isCourseComplete,
  isPartPassed,
  nextUnfinishedModule,
  passedTracks,
  pathModuleIds,
} from '@/domain/course-parts';
import { shownMinutes } from '@/lib/estimate';
import { catalogue, finished } from '../progress/fixtures';

describe('the learner’s path', () => {
  it('is the core alone until tracks are chosen, then the core and the tracks in course order', () => {
    expect(pathModuleIds(catalogue, undefined)).toEqual([
      'what-is-corruption',
      'bribery-and-the-law',
    ]);
    expect(pathModuleIds(catalogue, [])).toEqual(['what-is-corruption', 'bribery-and-the-law']);
    expect(pathModuleIds(catalogue, ['procurement', 'deeper'])).toEqual([
      'what-is-corruption',
      'bribery-and-the-law',
      'extra-reading',
      'procurement-risks',
    ]);
  });

  it('ignores a chosen track the course no longer has', () => {
    expect(chosenTracks(catalogue, ['gone', 'procurement']).map((t) => t.id)).toEqual([
      'procurement',
    ]);
  });
});

describe('a part passed', () => {
  it('needs every one of its modules passed, and never counts an empty part', () => {
    const quizzes = {
      'extra-reading': [finished('a', 0, 0.9)],
      'procurement-risks': [finished('b', 0, 0.5)],
    };
    expect(passedTracks(catalogue, quizzes).map((t) => t.id)).toEqual(['deeper']);
    expect(isPartPassed([], quizzes)).toBe(false);
  });
});

describe('the course complete', () => {
  it('is the core passed, whatever the tracks; a failed or practice attempt does not count', () => {
    const both = {
      'what-is-corruption': [finished('a', 0, 0.9)],
      'bribery-and-the-law': [finished('b', 1, 0.8)],
    };
    expect(isCourseComplete(catalogue, both)).toBe(true);
    expect(isCourseComplete(catalogue, { 'what-is-corruption': both['what-is-corruption'] })).toBe(
      false,
    );
    expect(
      isCourseComplete(catalogue, { ...both, 'bribery-and-the-law': [finished('c', 1, 0.5)] }),
    ).toBe(false);
  });
});

describe('the next part', () => {
  const core = { 'what-is-corruption': [finished('a', 0, 0.9)] };

  it('is the next module of the path not yet passed, after the one just finished', () => {
    expect(nextUnfinishedModule(catalogue, ['procurement'], core, 'what-is-corruption')?.id).toBe(
      'bribery-and-the-law',
    );
    const allCore = { ...core, 'bribery-and-the-law': [finished('b', 1, 0.9)] };
    expect(
      nextUnfinishedModule(catalogue, ['procurement'], allCore, 'bribery-and-the-law')?.id,
    ).toBe('procurement-risks');
  });

  it('wraps round to a module skipped earlier, and is none when the whole path is passed', () => {
    const second = { 'bribery-and-the-law': [finished('b', 1, 0.9)] };
    expect(nextUnfinishedModule(catalogue, undefined, second, 'bribery-and-the-law')?.id).toBe(
      'what-is-corruption',
    );
    expect(nextUnfinishedModule(catalogue, undefined, {})?.id).toBe('what-is-corruption');
    const all = { ...core, ...second };
    expect(nextUnfinishedModule(catalogue, undefined, all, 'bribery-and-the-law')).toBeUndefined();
  });
});

describe('shown estimates', () => {
  it('are whole minutes below ten and fives from then on, never zero', () => {
    expect(shownMinutes(7.3)).toBe(7);
    expect(shownMinutes(0.2)).toBe(1);
    expect(shownMinutes(12.6)).toBe(15);
    expect(shownMinutes(36.01)).toBe(35);
    expect(shownMinutes(98.7)).toBe(100);
    expect(shownMinutes(Number.NaN)).toBe(1);
  });
});
