import { describe, expect, it } from 'vitest';
import {
  bestChoices,
  catalogueDuePool,
  drawSession,
  isBestChoice,
  isPracticeDue,
  practicePool,
  practiceWeight,
} from '@/domain/practice';
import { decisionKey } from '@/domain/keys';
import type { PersistedState, PracticeStat } from '@/store/schema';
import type { ModuleContent, ModuleSummary, Rating, ScenarioStep } from '@/types/content';

/** A seeded generator, so draws are repeatable. */
function seeded(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1664525 + 1013904223) % 2 ** 32;
    return s / 2 ** 32;
  };
}

const DAY = 24 * 60 * 60 * 1000;
const NOW = 1_800_000_000_000;

const step = (id: string, qualities: Rating[] = ['good', 'poor']): ScenarioStep => ({
  id,
  text: [],
  discussion: '',
  choices: qualities.map((quality, i) => ({
    id: `${id}-${i}`,
    next: 'end',
    quality,
    text: `${id} choice ${i}`,
    consequence: '',
    rule: '',
    sources: [],
  })),
});

const moduleContent = (id: string, scenarios: Record<string, string[]>): ModuleContent => ({
  id,
  language: 'sv',
  minutes: 10,
  title: id,
  summary: '',
  lessons: [{ id: 'l1', title: 'L', body: [], keyPoint: '', sources: [], employer: false }],
  quiz: { draw: 1, questions: [] },
  scenarios: Object.entries(scenarios).map(([sid, steps]) => ({
    id: sid,
    title: sid,
    intro: [],
    start: steps[0]!,
    steps: steps.map((s) => step(s)),
    endings: [{ id: 'end', rating: 'good', title: 'End', text: [] }],
  })),
});

const summary = (m: ModuleContent): ModuleSummary => ({
  id: m.id,
  minutes: m.minutes,
  title: m.title,
  summary: m.summary,
  required: true,
  lessons: [{ id: 'l1', title: 'L' }],
  questionCount: 0,
  quizDraw: 1,
  scenarios: m.scenarios.map((s) => ({ id: s.id, title: s.title, endings: [] })),
});

type Progress = Pick<PersistedState, 'modules' | 'quizzes' | 'scenarios'>;
const noProgress = (): Progress => ({ modules: {}, quizzes: {}, scenarios: {} });
const readLesson = (moduleId: string): Progress => ({
  ...noProgress(),
  modules: { [moduleId]: { lessonsVisited: ['l1'], updatedAt: 1 } },
});

const stat = (daysAgo: number, lastRight: boolean, wrong = lastRight ? 0 : 1): PracticeStat => ({
  seen: wrong + 1,
  wrong,
  lastSeen: NOW - daysAgo * DAY,
  lastRight,
});

const keyed = (n: number, prefix: string) =>
  Array.from({ length: n }, (_, i) => ({ key: `m/${prefix}/${i}` }));

describe('the practice pool', () => {
  const a = moduleContent('a', { s1: ['one', 'two'], s2: ['three'] });
  const b = moduleContent('b', { s3: ['four'] });

  it('holds every decision point of the dilemmas of started modules only', () => {
    expect(practicePool([a, b], noProgress())).toEqual([]);
    expect(practicePool([a, b], readLesson('a')).map((p) => p.key)).toEqual([
      'a/s1/one',
      'a/s1/two',
      'a/s2/three',
    ]);
  });

  it('counts a quiz attempt or a dilemma played as a start', () => {
    const quiz: Progress = { ...noProgress(), quizzes: { b: [] } };
    expect(practicePool([a, b], quiz)).toEqual([]);
    const played: Progress = {
      ...noProgress(),
      scenarios: { 'b/s3': { endingsFound: [], updatedAt: 1 } },
    };
    expect(practicePool([a, b], played).map((p) => p.key)).toEqual(['b/s3/four']);
  });
});

describe('the best choice', () => {
  it('is the good one, and the acceptable one where no choice is good', () => {
    const usual = step('x', ['poor', 'good', 'acceptable']);
    expect(bestChoices(usual).map((c) => c.id)).toEqual(['x-1']);
    expect(isBestChoice(usual, usual.choices[2]!)).toBe(false);
    const hard = step('y', ['poor', 'acceptable']);
    expect(isBestChoice(hard, hard.choices[1]!)).toBe(true);
    expect(isBestChoice(hard, hard.choices[0]!)).toBe(false);
    const two = step('z', ['good', 'good', 'poor']);
    expect(bestChoices(two)).toHaveLength(2);
  });
});

describe('the weighting', () => {
  it('ranks wrong and stale decision points above ones just answered right', () => {
    const justRight = practiceWeight(stat(0, true), NOW);
    expect(practiceWeight(stat(0, false), NOW)).toBeGreaterThan(justRight * 5);
    expect(practiceWeight(stat(20, true), NOW)).toBeGreaterThan(justRight * 5);
    expect(practiceWeight(undefined, NOW)).toBeGreaterThan(justRight * 5);
    expect(practiceWeight(stat(0, false, 4), NOW)).toBeGreaterThan(
      practiceWeight(stat(0, false, 1), NOW),
    );
    expect(practiceWeight(stat(10, true), NOW)).toBeGreaterThan(practiceWeight(stat(2, true), NOW));
  });

  it('draws wrong and stale decision points more often over many seeded sessions', () => {
    const pool = [
      ...keyed(4, 'right'),
      ...keyed(4, 'wrong'),
      ...keyed(4, 'stale'),
      ...keyed(4, 'new'),
    ];
    const stats: PersistedState['practice'] = {};
    for (const { key } of pool) {
      if (key.includes('/right/')) stats[key] = stat(0.5, true);
      if (key.includes('/wrong/')) stats[key] = stat(1, false);
      if (key.includes('/stale/')) stats[key] = stat(25, true);
    }
    const counts = { right: 0, wrong: 0, stale: 0, new: 0 };
    for (let seed = 1; seed <= 400; seed++) {
      for (const { key } of drawSession(pool, stats, NOW, seeded(seed))) {
        counts[key.split('/')[1] as keyof typeof counts]++;
      }
    }
    expect(counts.wrong).toBeGreaterThan(counts.right * 2);
    expect(counts.stale).toBeGreaterThan(counts.right * 2);
    expect(counts.new).toBeGreaterThan(counts.right * 2);
  });
});

describe('a practice session', () => {
  it('has five distinct decision points when the pool is larger', () => {
    const pool = keyed(12, 'p');
    for (let seed = 1; seed <= 50; seed++) {
      const session = drawSession(pool, {}, NOW, seeded(seed));
      expect(session).toHaveLength(5);
      expect(new Set(session.map((p) => p.key)).size).toBe(5);
    }
  });

  it('has every decision point once when the pool is smaller', () => {
    const pool = keyed(3, 'p');
    const session = drawSession(pool, { 'm/p/0': stat(0, true) }, NOW, seeded(7));
    expect(session.map((p) => p.key).sort()).toEqual(['m/p/0', 'm/p/1', 'm/p/2']);
    expect(drawSession([], {}, NOW, seeded(1))).toEqual([]);
  });

  it('is the same for the same seed', () => {
    const pool = keyed(10, 'p');
    expect(drawSession(pool, {}, NOW, seeded(3))).toEqual(drawSession(pool, {}, NOW, seeded(3)));
  });
});

describe('whether practice is due', () => {
  const keys = [decisionKey('a', 's1', 'one'), decisionKey('a', 's1', 'two')];

  it('is due when a decision point was answered wrong last time', () => {
    const stats = { [keys[0]!]: stat(0, true), [keys[1]!]: stat(0, false) };
    expect(isPracticeDue(stats, { keys, playedDilemma: true }, NOW)).toBe(true);
  });

  it('is due when a decision point has not been seen for seven days', () => {
    const fresh = { [keys[0]!]: stat(0, true), [keys[1]!]: stat(6.9, true) };
    expect(isPracticeDue(fresh, { keys, playedDilemma: true }, NOW)).toBe(false);
    const stale = { [keys[0]!]: stat(0, true), [keys[1]!]: stat(7, true) };
    expect(isPracticeDue(stale, { keys, playedDilemma: true }, NOW)).toBe(true);
  });

  it('is due for a decision point never seen, but only once a dilemma has been played', () => {
    const stats = { [keys[0]!]: stat(0, true) };
    expect(isPracticeDue({}, { keys, playedDilemma: false }, NOW)).toBe(false);
    expect(isPracticeDue(stats, { keys, playedDilemma: true }, NOW)).toBe(true);
  });

  it('ignores decision points outside the pool', () => {
    const stats = { [keys[0]!]: stat(0, true), 'other/s/x': stat(30, false) };
    expect(isPracticeDue(stats, { keys: [keys[0]!], playedDilemma: true }, NOW)).toBe(false);
    expect(isPracticeDue(stats, { keys: [], playedDilemma: true }, NOW)).toBe(false);
  });

  it('works from the catalogue, a dilemma standing for its steps', () => {
    const a = summary(moduleContent('a', { s1: ['one', 'two'] }));
    const b = summary(moduleContent('b', { s2: ['three'] }));
    const progress: Progress = {
      ...readLesson('a'),
      scenarios: { 'a/s1': { endingsFound: ['end'], updatedAt: 1 } },
    };
    // Module a is started and its dilemma played; b is not started.
    const right = { 'a/s1/one': stat(1, true) };
    expect(isPracticeDue(right, catalogueDuePool([a, b], progress, right), NOW)).toBe(false);
    const wrong = { 'a/s1/two': stat(1, false), 'a/s1/one': stat(1, true) };
    expect(isPracticeDue(wrong, catalogueDuePool([a, b], progress, wrong), NOW)).toBe(true);
    // Played, but no answer recorded yet (progress from before practice existed).
    expect(isPracticeDue({}, catalogueDuePool([a, b], progress, {}), NOW)).toBe(true);
    // Only read a lesson: nothing played, nothing due.
    expect(isPracticeDue({}, catalogueDuePool([a, b], readLesson('a'), {}), NOW)).toBe(false);
  });
});
