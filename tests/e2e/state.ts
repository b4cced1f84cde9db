/** Builds stored states for e2e tests from the real course, in today's storage format. */
import { loadContent } from '../../pipeline/content/load';

const content = loadContent('content');
export const modules = content.catalogue.sv.modules;

type Json = Record<string, unknown>;

/** A finished, passed, full attempt at a module's quiz. */
export function passedAttempt(moduleId: string, at = Date.UTC(2026, 10, 1)): Json {
  const quiz = content.modules.sv[moduleId]!.quiz;
  const drawn = quiz.questions.slice(0, quiz.draw);
  return {
    id: `passed${moduleId.length}${at}`.slice(0, 40),
    mode: 'fresh',
    startedAt: at,
    updatedAt: at + 60_000,
    finishedAt: at + 60_000,
    passMark: 0.8,
    questions: drawn.map((q) => ({ id: q.id, options: q.options.map((o) => o.id) })),
    answers: Object.fromEntries(
      drawn.map((q) => [
        q.id,
        {
          selected: q.options.filter((o) => o.correct).map((o) => o.id),
          correct: true,
          at: at + 1000,
        },
      ]),
    ),
    score: 1,
    passed: true,
  };
}

/** An unfinished attempt at a module's quiz with its first question answered. */
export function activeAttempt(
  moduleId: string,
  questionIds?: string[],
  at = Date.UTC(2026, 10, 2),
): Json {
  const quiz = content.modules.sv[moduleId]!.quiz;
  const ids = questionIds ?? quiz.questions.slice(0, quiz.draw).map((q) => q.id);
  const first = quiz.questions.find((q) => q.id === ids[0]);
  return {
    id: `active${at}`,
    mode: 'fresh',
    startedAt: at,
    updatedAt: at,
    passMark: 0.8,
    questions: ids.map((id) => ({
      id,
      options: quiz.questions.find((q) => q.id === id)?.options.map((o) => o.id) ?? ['a', 'b'],
    })),
    answers: first
      ? { [first.id]: { selected: [first.options.find((o) => o.correct)!.id], correct: true, at } }
      : {},
  };
}

/** A whole stored value (envelope and state) for localStorage["mutkollen"]. */
export function storedState(state: Partial<Record<string, unknown>> = {}): string {
  return JSON.stringify({
    state: {
      settings: { language: 'sv', learnerName: '', updatedAt: 1 },
      assignments: {},
      modules: {},
      quizzes: {},
      scenarios: {},
      practice: {},
      ...state,
    },
    version: 2,
  });
}

/**
 * `count` finished attempts at a module's quiz, a day apart: scores that rise and fall,
 * passed and failed, every fourth a wrong-only practice round.
 */
export function attemptSeries(
  moduleId: string,
  count: number,
  from = Date.UTC(2026, 9, 1),
): Json[] {
  return Array.from({ length: count }, (_, i) => {
    const at = from + i * 86_400_000;
    const score = [0.4, 0.6, 0.8, 1, 0.7, 0.9][i % 6]!;
    return {
      ...passedAttempt(moduleId, at),
      id: `series${i}${at}`.slice(0, 40),
      mode: i % 4 === 3 ? 'wrong-only' : 'fresh',
      score,
      passed: i % 4 !== 3 && score >= 0.8,
    };
  });
}

/** A learner who has read every lesson, found an ending of every dilemma and done `attempts` quizzes in every module. */
export function progressInEveryModule(attempts = 10): Partial<Record<string, unknown>> {
  const updatedAt = Date.UTC(2026, 10, 1);
  return {
    modules: Object.fromEntries(
      modules.map((m) => [m.id, { lessonsVisited: m.lessons.map((l) => l.id), updatedAt }]),
    ),
    quizzes: Object.fromEntries(modules.map((m) => [m.id, attemptSeries(m.id, attempts)])),
    scenarios: Object.fromEntries(
      modules.flatMap((m) =>
        content.modules.sv[m.id]!.scenarios.map((s) => [
          `${m.id}/${s.id}`,
          { endingsFound: [s.endings[0]!.id], updatedAt },
        ]),
      ),
    ),
  };
}
