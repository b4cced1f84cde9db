import { describe, expect, it } from 'vitest';
import { cmiValues, objectiveSlots } from '@/lms/cmi-values';
import { atLeastRecorded, courseReport } from '@/lms/report';
import { scorm12Duration, scorm2004Duration } from '@/lms/scorm-time';
import { emptyState } from '@/store/persisted-fields';
import type { PersistedState } from '@/store/schema';
import { finishedAttempt, index, modules, seeded, T0 } from './course';

const ids = [...index.modules.map((m) => m.id), ...index.parts.map((p) => p.id)];
const slots = objectiveSlots([], ids);
/** The core's modules come first in the course. */
const CORE = index.modules.filter((m) => m.required).length;
const ALL = index.modules.length;
const coreSlot = index.modules.length;

/** A learner who passed the first `passed` modules and failed the rest of the first `taken`. */
function learner(passed: number, taken = passed): PersistedState {
  const random = seeded(7);
  const state = emptyState();
  modules.slice(0, taken).forEach((module, i) => {
    const skill = i < passed ? 1 : 0;
    state.quizzes[module.id] = [finishedAttempt(module, random, T0 + i, skill)];
    state.modules[module.id] = { lessonsVisited: module.lessons.map((l) => l.id), updatedAt: T0 };
  });
  return state;
}

const values = (version: '1.2' | '2004', state: PersistedState, extra = {}) =>
  Object.fromEntries(
    cmiValues(version, {
      report: courseReport(state, index),
      suspendData: 'x',
      sessionMs: 0,
      slots,
      ...extra,
    }),
  );

describe('what the LMS is told', () => {
  it('reports a new learner as incomplete, with no score', () => {
    const v12 = values('1.2', emptyState());
    expect(v12['cmi.core.lesson_status']).toBe('incomplete');
    expect(v12['cmi.core.score.raw']).toBeUndefined();
    expect(v12['cmi.objectives.0.status']).toBe('not attempted');
    const v2004 = values('2004', emptyState());
    expect(v2004['cmi.completion_status']).toBe('incomplete');
    expect(v2004['cmi.success_status']).toBe('unknown');
    expect(v2004['cmi.objectives.0.completion_status']).toBe('not attempted');
  });

  it('reports one module passed: its objective passed, the course still incomplete, the mean score', () => {
    const state = learner(1);
    const v12 = values('1.2', state);
    expect(v12['cmi.core.lesson_status']).toBe('incomplete');
    // 100 % in one of the core's modules: the mean over the core.
    const mean = String(Math.round(100 / CORE));
    expect(v12['cmi.core.score.raw']).toBe(mean);
    expect(v12['cmi.core.score.min']).toBe('0');
    expect(v12['cmi.core.score.max']).toBe('100');
    expect(v12['cmi.objectives.0.id']).toBe('what-is-corruption');
    expect(v12['cmi.objectives.0.status']).toBe('passed');
    expect(v12['cmi.objectives.0.score.raw']).toBe('100');
    expect(v12['cmi.objectives.1.status']).toBe('not attempted');
    expect(v12['cmi.objectives.1.score.raw']).toBeUndefined();
    const v2004 = values('2004', state);
    expect(v2004['cmi.score.scaled']).toBe(String(Number(mean) / 100));
    expect(v2004['cmi.objectives.0.success_status']).toBe('passed');
    expect(v2004['cmi.objectives.0.completion_status']).toBe('completed');
    expect(v2004['cmi.objectives.0.score.scaled']).toBe('1');
  });

  it('reports the course passed once the core is passed, with or without the tracks', () => {
    expect(values('1.2', learner(CORE - 1))['cmi.core.lesson_status']).toBe('incomplete');
    expect(values('1.2', learner(CORE))['cmi.core.lesson_status']).toBe('passed');
    expect(values('1.2', learner(CORE))['cmi.core.score.raw']).toBe('100');
    const v2004 = values('2004', learner(CORE));
    expect(v2004['cmi.completion_status']).toBe('completed');
    expect(v2004['cmi.success_status']).toBe('passed');
    expect(values('1.2', learner(ALL))['cmi.core.lesson_status']).toBe('passed');
  });

  it('reports failed when every core quiz was taken but one is not passed', () => {
    const state = learner(CORE - 1, CORE);
    expect(values('1.2', state)['cmi.core.lesson_status']).toBe('failed');
    expect(values('1.2', state)[`cmi.objectives.${CORE - 1}.status`]).toBe('failed');
    const v2004 = values('2004', state);
    expect(v2004['cmi.completion_status']).toBe('completed');
    expect(v2004['cmi.success_status']).toBe('failed');
    expect(v2004[`cmi.objectives.${CORE - 1}.success_status`]).toBe('failed');
  });

  it('reports the core and each track as objectives after the modules', () => {
    const none = values('1.2', emptyState());
    index.parts.forEach((part, n) => {
      expect(none[`cmi.objectives.${coreSlot + n}.id`]).toBe(part.id);
      expect(none[`cmi.objectives.${coreSlot + n}.status`]).toBe('not attempted');
    });
    const some = values('2004', learner(1));
    expect(some[`cmi.objectives.${coreSlot}.success_status`]).toBe('unknown');
    expect(some[`cmi.objectives.${coreSlot}.completion_status`]).toBe('incomplete');
    expect(some[`cmi.objectives.${coreSlot}.score.raw`]).toBe(String(Math.round(100 / CORE)));
    const core = values('1.2', learner(CORE, CORE + 1));
    expect(core[`cmi.objectives.${coreSlot}.status`]).toBe('passed');
    // The first track's first module is failed: the track is incomplete or failed, never passed.
    expect(core[`cmi.objectives.${coreSlot + 1}.status`]).not.toBe('passed');
    const all = values('1.2', learner(ALL));
    index.parts.forEach((_, n) => {
      expect(all[`cmi.objectives.${coreSlot + n}.status`]).toBe('passed');
      expect(all[`cmi.objectives.${coreSlot + n}.score.raw`]).toBe('100');
    });
  });

  it('always asks the LMS to keep the session for resuming, and reports session time', () => {
    const v12 = values('1.2', emptyState(), { sessionMs: 3_723_450 });
    expect(v12['cmi.core.exit']).toBe('suspend');
    expect(v12['cmi.core.session_time']).toBe('01:02:03.45');
    expect(v12['cmi.suspend_data']).toBe('x');
    const v2004 = values('2004', emptyState(), { sessionMs: 3_723_450 });
    expect(v2004['cmi.exit']).toBe('suspend');
    expect(v2004['cmi.session_time']).toBe('PT1H2M3.45S');
  });

  it('sends the page to come back to, when it fits', () => {
    expect(
      values('1.2', emptyState(), { location: '#/modules/x' })['cmi.core.lesson_location'],
    ).toBe('#/modules/x');
    expect(values('2004', emptyState(), { location: '#/modules/x' })['cmi.location']).toBe(
      '#/modules/x',
    );
    const long = `#/${'x'.repeat(300)}`;
    expect(
      values('1.2', emptyState(), { location: long })['cmi.core.lesson_location'],
    ).toBeUndefined();
  });
});

describe('what the LMS already recorded', () => {
  it('is never taken back: a passed course or module stays passed, a score never drops', () => {
    const report = atLeastRecorded(courseReport(learner(1), index), {
      passed: true,
      score: 0.9,
      modules: { 'bribery-and-the-law': { passed: true, best: 0.8 } },
    });
    expect(report.passed).toBe(true);
    expect(report.completed).toBe(true);
    expect(report.score).toBe(0.9);
    expect(report.modules[1]).toMatchObject({ outcome: 'passed', best: 0.8 });
    expect(report.modules[0]).toMatchObject({ outcome: 'passed', best: 1 });
  });

  it('keeps a track the LMS holds as passed', () => {
    const track = index.parts[1]!.id;
    const report = atLeastRecorded(courseReport(emptyState(), index), {
      passed: false,
      modules: { [track]: { passed: true, best: 0.9 } },
    });
    expect(report.parts[1]).toMatchObject({ id: track, outcome: 'passed', best: 0.9 });
    expect(report.passed).toBe(false);
  });

  it('gives way to better progress', () => {
    const report = atLeastRecorded(courseReport(learner(ALL), index), {
      passed: false,
      score: 0.2,
      modules: { 'what-is-corruption': { passed: false, best: 0.4 } },
    });
    expect(report.passed).toBe(true);
    expect(report.score).toBe(1);
    expect(report.modules[0]!.best).toBe(1);
  });
});

describe('objective slots', () => {
  it('keeps the objectives the LMS already holds where they are, and adds new ones after them', () => {
    expect(
      objectiveSlots(
        ['other', 'bribery-and-the-law'],
        ['what-is-corruption', 'bribery-and-the-law'],
      ),
    ).toEqual({
      'bribery-and-the-law': 1,
      'what-is-corruption': 2,
    });
  });
});

describe('session time', () => {
  it('is written in each version’s format', () => {
    expect(scorm12Duration(0)).toBe('00:00:00.00');
    expect(scorm12Duration(59_999)).toBe('00:01:00.00');
    expect(scorm12Duration(100 * 3600_000 + 5_000)).toBe('100:00:05.00');
    expect(scorm12Duration(20_000 * 3600_000)).toBe('9999:59:59.99');
    expect(scorm2004Duration(0)).toBe('PT0S');
    expect(scorm2004Duration(61_500)).toBe('PT1M1.5S');
    expect(scorm2004Duration(2 * 3600_000)).toBe('PT2H0S');
  });
});
