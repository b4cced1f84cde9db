import { describe, expect, it } from 'vitest';
import { attemptHistory } from '@/features/progress/attempt-history';
import { certificateState } from '@/features/certificate/certificate-facts';
import { activeAttempt, bestScore, hasPassed, latestFinished } from '@/domain/attempts';
import { buildCourseIndex } from '@/lms/course-index';
import {
  decodeSuspendData,
  encodeSuspendData,
  SCORM12_SUSPEND_LIMIT,
  suspendFormatVersion,
  toSavedState,
} from '@/lms/suspend-data';
import { emptyState, mergeStates } from '@/store/persisted-fields';
import { PersistedState } from '@/store/schema';
import { twelveIndex, twelveModules } from '../wire/twelve-modules';
import { content, index, LONG_NAME, modules, T0, worstCaseState } from './course';

const second = (ms: number) => Math.floor(ms / 1000) * 1000;

describe('suspend data for the worst case', () => {
  const state = worstCaseState(LONG_NAME);

  it('fits SCORM 1.2 with everything it promises to keep', () => {
    expect(LONG_NAME).toHaveLength(120);
    const text = encodeSuspendData(state, index, Infinity);
    console.log(
      `Worst-case suspend data (the live course, ${modules.length} modules × 10 attempts + 1 open, every ending, 120-character name): ${text.length} characters`,
    );
    expect(text.length).toBeLessThan(SCORM12_SUSPEND_LIMIT);
    expect(encodeSuspendData(state, index)).toBe(text);
    expect(text).toMatch(/^[A-Za-z0-9\-_.%]+$/);
  });

  it('brings the learner back where they were', () => {
    const back = decodeSuspendData(encodeSuspendData(state, index), index)!;
    expect(PersistedState.safeParse(back).success).toBe(true);
    expect(back.settings).toEqual({
      language: 'en',
      learnerName: LONG_NAME,
      updatedAt: second(T0),
    });
    for (const module of modules) {
      const id = module.id;
      expect(back.modules[id]).toEqual({
        lessonsVisited: module.lessons.map((l) => l.id),
        currentLesson: module.lessons.at(-1)!.id,
        updatedAt: second(state.modules[id]!.updatedAt),
      });
      for (const scenario of module.scenarios) {
        const key = `${id}/${scenario.id}`;
        expect(back.scenarios[key]?.endingsFound).toEqual(scenario.endings.map((e) => e.id));
        expect(back.scenarios[key]?.run).toBeUndefined();
      }
      const before = state.quizzes[id]!;
      const after = back.quizzes[id]!;
      // The open attempt and the latest finished one come back question by question.
      for (const pick of [activeAttempt, latestFinished]) {
        const original = pick(before)!;
        const restored = pick(after)!;
        expect(restored.id).toBe(original.id);
        expect(restored.questions).toEqual(original.questions);
        expect(Object.keys(restored.answers).sort()).toEqual(Object.keys(original.answers).sort());
        for (const [question, answer] of Object.entries(original.answers)) {
          expect(restored.answers[question]).toMatchObject({
            selected: [...answer.selected].sort(
              (a, b) =>
                module.quiz.questions
                  .find((q) => q.id === question)!
                  .options.findIndex((o) => o.id === a) -
                module.quiz.questions
                  .find((q) => q.id === question)!
                  .options.findIndex((o) => o.id === b),
            ),
            correct: answer.correct,
          });
        }
      }
      expect(hasPassed(after)).toBe(hasPassed(before));
      expect(bestScore(after)).toBe(bestScore(before));
      // The last five finished attempts, the best and the first pass, plus the open one.
      const history = attemptHistory(after);
      expect(history.rows.length).toBeGreaterThanOrEqual(5);
      expect(history.rows.length).toBeLessThanOrEqual(7);
      expect(history.latest?.score).toBe(attemptHistory(before).latest?.score);
      expect(after.at(-1)?.id).toBe(before.at(-1)?.id);
    }
    expect(back.practice).toEqual({});
    expect(back.assignments).toEqual({});
  });

  it('keeps the certificate the same: every module passed, same scores, same dates to the second', () => {
    const back = decodeSuspendData(encodeSuspendData(state, index), index)!;
    const before = certificateState(content.catalogue.sv, state.quizzes);
    const after = certificateState(content.catalogue.sv, back.quizzes);
    expect(before.complete).toBe(true);
    if (!before.complete || !after.complete) throw new Error('not complete');
    const modules = (c: typeof before) => [...c.core, ...c.tracks.flatMap((t) => t.modules)];
    expect(modules(after).map((m) => m.best)).toEqual(modules(before).map((m) => m.best));
    expect(modules(after).map((m) => m.firstPassedAt)).toEqual(
      modules(before).map((m) => second(m.firstPassedAt)),
    );
  });

  it('changes nothing when merged into the state it came from', () => {
    const back = decodeSuspendData(encodeSuspendData(state, index), index)!;
    expect(mergeStates(state, toSavedState(back, 'sv')!)).toEqual(mergeStates(state, state));
  });

  it('stays within 4,096 characters even for a name that takes the most room', () => {
    // 120 different CJK characters: 3 bytes each in UTF-8, and nothing for deflate to repeat.
    const widest = Array.from({ length: 120 }, (_, i) => String.fromCodePoint(0x4e00 + i * 97));
    const text = encodeSuspendData(worstCaseState(widest.join(''), 40), index, Infinity);
    console.log(
      `The same with 40 attempts per module and a 120-character CJK name: ${text.length} characters`,
    );
    expect(text.length).toBeLessThan(SCORM12_SUSPEND_LIMIT);
  });

  it('fits SCORM 1.2 for a course of twelve modules, stepping down when the full record is too long', () => {
    const twelve = worstCaseState(LONG_NAME, 10, twelveModules);
    const full = encodeSuspendData(twelve, twelveIndex, Infinity);
    const text = encodeSuspendData(twelve, twelveIndex);
    console.log(
      `Worst-case suspend data (12 modules × 10 attempts + 1 open, every ending, 120-character name): ${full.length} characters in full, ${text.length} kept`,
    );
    expect(text.length).toBeLessThanOrEqual(SCORM12_SUSPEND_LIMIT);
    const back = decodeSuspendData(text, twelveIndex)!;
    expect(back.settings.learnerName).toBe(LONG_NAME);
    for (const module of twelveModules) {
      expect(hasPassed(back.quizzes[module.id]), module.id).toBe(true);
      expect(bestScore(back.quizzes[module.id]), module.id).toBe(
        bestScore(twelve.quizzes[module.id]),
      );
      expect(back.modules[module.id]?.lessonsVisited).toHaveLength(module.lessons.length);
    }
  });

  it('keeps less when asked to fit in less room, but never a module passed or a best score', () => {
    const full = encodeSuspendData(state, index, Infinity);
    const room = 2000;
    const text = encodeSuspendData(state, index, room);
    expect(full.length).toBeGreaterThan(room);
    expect(text.length).toBeLessThanOrEqual(room);
    const back = decodeSuspendData(text, index)!;
    expect(back.settings.learnerName).toBe(LONG_NAME);
    for (const module of modules) {
      expect(hasPassed(back.quizzes[module.id])).toBe(true);
      expect(bestScore(back.quizzes[module.id])).toBe(bestScore(state.quizzes[module.id]));
    }
  });
});

describe('decoding suspend data', () => {
  const text = encodeSuspendData(worstCaseState('Kim'), index);

  it('starts with its format version', () => {
    expect(text.startsWith('2.')).toBe(true);
    expect(suspendFormatVersion(text)).toBe(2);
    expect(suspendFormatVersion('9.abc')).toBe(9);
    expect(suspendFormatVersion('{"a":1}')).toBeNull();
  });

  it('refuses text that was cut short, changed, or written by another version', () => {
    expect(decodeSuspendData(text.slice(0, -1), index)).toBeNull();
    expect(decodeSuspendData(text.slice(0, text.length / 2), index)).toBeNull();
    const changed = text.slice(0, 40) + (text[40] === 'A' ? 'B' : 'A') + text.slice(41);
    expect(decodeSuspendData(changed, index)).toBeNull();
    expect(decodeSuspendData(`3${text.slice(1)}`, index)).toBeNull();
    expect(decodeSuspendData('', index)).toBeNull();
  });

  it('skips what was saved under another version of a module, but keeps its quiz results', () => {
    const changedCourse = buildCourseIndex(content.catalogue.sv, {
      ...content.modules.sv,
      'what-is-corruption': {
        ...content.modules.sv['what-is-corruption']!,
        lessons: [...content.modules.sv['what-is-corruption']!.lessons].reverse(),
      },
    });
    const original = worstCaseState('Kim');
    const back = decodeSuspendData(text, changedCourse)!;
    expect(back).not.toBeNull();
    expect(back.modules['what-is-corruption']).toBeUndefined();
    expect(back.modules['bribery-and-the-law']).toBeDefined();
    const attempts = back.quizzes['what-is-corruption']!;
    expect(activeAttempt(attempts)).toBeUndefined();
    expect(hasPassed(attempts)).toBe(true);
    expect(bestScore(attempts)).toBe(bestScore(original.quizzes['what-is-corruption']));
  });

  it('saves a learner who has done nothing in a few characters', () => {
    const empty = encodeSuspendData(emptyState(), index);
    console.log(`Suspend data of a learner who has done nothing: ${empty.length} characters`);
    expect(empty.length).toBeLessThan(64);
    expect(decodeSuspendData(empty, index)).toEqual(emptyState());
  });
});
