/**
 * Property-based tests of the suspend-data format: whatever the learner has
 * done, decode(encode(x)) keeps what the format promises, within SCORM 1.2's
 * 4,096 characters, for today's course and for a twelve-module course in a
 * third language; and any other text is refused, never half-read.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  activeAttempt,
  bestScore,
  finishedAttempts,
  hasPassed,
  latestFinished,
} from '@/domain/attempts';
import {
  decodeSuspendData,
  encodeSuspendData,
  savedTime,
  SCORM12_SUSPEND_LIMIT,
  toSavedState,
} from '@/lms/suspend-data';
import { mergeStates } from '@/store/persisted-fields';
import type { CourseIndex } from '@/lms/course-index';
import type { SuspendedState } from '@/lms/suspend-data';
import { PersistedState as Schema, type QuizAttempt } from '@/store/schema';
import { TEST_LANGUAGES, twelveIndex } from '../wire/twelve-modules';
import { learnerState, learnerStateFor } from './arbitraries';
import { index } from './course';

const sameSet = (a: readonly string[], b: readonly string[]) =>
  expect([...a].sort()).toEqual([...b].sort());

function expectSameAnswers(restored: QuizAttempt, original: QuizAttempt) {
  expect(restored.id).toBe(original.id);
  expect(restored.questions).toEqual(original.questions);
  sameSet(Object.keys(restored.answers), Object.keys(original.answers));
  for (const [id, answer] of Object.entries(original.answers)) {
    sameSet(restored.answers[id]!.selected, answer.selected);
    expect(restored.answers[id]!.correct).toBe(answer.correct);
  }
}

function expectKept(original: SuspendedState, back: SuspendedState, course = index) {
  expect(back.settings).toEqual({
    ...original.settings,
    updatedAt: savedTime(original.settings.updatedAt),
  });
  for (const module of course.modules) {
    const progress = original.modules[module.id];
    if (progress) {
      sameSet(back.modules[module.id]!.lessonsVisited, progress.lessonsVisited);
      expect(back.modules[module.id]!.currentLesson).toBe(progress.currentLesson);
      expect(back.modules[module.id]!.updatedAt).toBe(savedTime(progress.updatedAt));
    } else {
      expect(back.modules[module.id]).toBeUndefined();
    }
    for (const scenario of module.scenarios) {
      const key = `${module.id}/${scenario.id}`;
      if (original.scenarios[key])
        sameSet(back.scenarios[key]!.endingsFound, original.scenarios[key].endingsFound);
      else expect(back.scenarios[key]).toBeUndefined();
    }

    const before = original.quizzes[module.id];
    const after = back.quizzes[module.id];
    expect(hasPassed(after)).toBe(hasPassed(before));
    expect(bestScore(after)).toBe(bestScore(before));
    const open = activeAttempt(before);
    if (open) expectSameAnswers(activeAttempt(after)!, open);
    else expect(activeAttempt(after)).toBeUndefined();
    const latest = latestFinished(before);
    if (latest) expectSameAnswers(latestFinished(after)!, latest);
    // The last five finished attempts are all there, with their outcome.
    const finished = finishedAttempts(before);
    const kept = new Map(finishedAttempts(after).map((a) => [a.id, a]));
    for (const attempt of finished.slice(-5)) expect(kept.has(attempt.id)).toBe(true);
    for (const attempt of finishedAttempts(after)) {
      const source = finished.find((a) => a.id === attempt.id)!;
      expect(attempt).toMatchObject({
        mode: source.mode,
        passMark: source.passMark,
        score: source.score,
        passed: source.passed,
        startedAt: savedTime(source.startedAt),
      });
      expect(attempt.finishedAt).toBeLessThanOrEqual(source.finishedAt!);
      expect(attempt.finishedAt).toBeGreaterThan(source.finishedAt! - 2000);
    }
  }
}

describe('suspend data under fuzzing', () => {
  it('keeps what it promises, within 4,096 characters', () => {
    fc.assert(
      fc.property(learnerState, (state) => {
        const text = encodeSuspendData(state, index);
        expect(text.length).toBeLessThanOrEqual(SCORM12_SUSPEND_LIMIT);
        const back = decodeSuspendData(text, index);
        expect(back).not.toBeNull();
        expect(Schema.safeParse(back).success).toBe(true);
        expectKept(state, back!);
        // Read back on the computer it came from, it changes no outcome there.
        const merged = mergeStates(state, toSavedState(back!, 'sv')!);
        for (const module of index.modules) {
          expect(hasPassed(merged.quizzes[module.id])).toBe(hasPassed(state.quizzes[module.id]));
          expect(bestScore(merged.quizzes[module.id])).toBe(bestScore(state.quizzes[module.id]));
        }
        expect(merged.settings).toEqual(state.settings);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps what it promises for twelve modules and any language code', () => {
    const course: CourseIndex = twelveIndex;
    fc.assert(
      fc.property(learnerStateFor(course, TEST_LANGUAGES), (state) => {
        const text = encodeSuspendData(state, course);
        expect(text.length).toBeLessThanOrEqual(SCORM12_SUSPEND_LIMIT);
        const back = decodeSuspendData(text, course);
        expect(back).not.toBeNull();
        expectKept(state, back!, course);
        expect(encodeSuspendData(back!, course)).toBe(text);
        // A language this build's store does not know comes back as the learner's current one.
        const saved = toSavedState(back!, 'sv')!;
        expect(saved.settings.language).toBe(state.settings.language === 'en' ? 'en' : 'sv');
        expect(Schema.safeParse(saved).success).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('is stable: what comes back encodes to the same text', () => {
    fc.assert(
      fc.property(learnerState, (state) => {
        const text = encodeSuspendData(state, index);
        expect(encodeSuspendData(decodeSuspendData(text, index)!, index)).toBe(text);
      }),
      { numRuns: 200 },
    );
  });

  it('refuses random text without throwing', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 600 }), (text) => {
        expect(decodeSuspendData(text, index)).toBeNull();
        expect(decodeSuspendData(`1.${text}`, index)).toBeNull();
        expect(decodeSuspendData(`2.${text}`, index)).toBeNull();
      }),
      { numRuns: 3000 },
    );
  });

  it('refuses or fully reads a saved text with one character changed, dropped or added', () => {
    fc.assert(
      fc.property(
        learnerState,
        fc.nat(),
        fc.constantFrom('change', 'drop', 'add'),
        fc.string({ minLength: 1, maxLength: 1 }),
        (state, at, how, char) => {
          const text = encodeSuspendData(state, index);
          const i = at % text.length;
          const mutated =
            how === 'drop'
              ? text.slice(0, i) + text.slice(i + 1)
              : text.slice(0, i) + char + text.slice(how === 'change' ? i + 1 : i);
          const back = decodeSuspendData(mutated, index);
          if (mutated !== text) expect(back).toBeNull();
        },
      ),
      { numRuns: 1000 },
    );
  });
});
