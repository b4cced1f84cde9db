/**
 * The real course as the LMS link sees it, and a builder for learners'
 * saved states made the way the app makes them (quiz engine, real ids).
 */
import { createAttempt, isCorrect, isPassed, scoreAttempt } from '@/features/quiz/engine';
import { buildCourseIndex } from '@/lms/course-index';
import { emptyState } from '@/store/persisted-fields';
import type { PersistedState, QuizAttempt } from '@/store/schema';
import type { ModuleContent } from '@/types/content';
import { loadContent } from '../../../pipeline/content/load';

export const content = loadContent('content');
export const index = buildCourseIndex(content.catalogue.sv, content.modules.sv);
export const modules: ModuleContent[] = content.catalogue.sv.modules.map(
  (m) => content.modules.sv[m.id]!,
);

/** A seeded random number generator (mulberry32), so every run builds the same state. */
export function seeded(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const DAY = 24 * 3600 * 1000;
/** 2026-03-02 09:15:42.317 UTC: a time with milliseconds, as the app saves them. */
export const T0 = Date.UTC(2026, 2, 2, 9, 15, 42, 317);

/** Answers every question of an attempt: right with probability `skill`. */
function answerAll(
  attempt: QuizAttempt,
  module: ModuleContent,
  skill: number,
  random: () => number,
  at: number,
) {
  for (const drawn of attempt.questions) {
    const question = module.quiz.questions.find((q) => q.id === drawn.id)!;
    const right = random() < skill;
    const selected = right
      ? question.options.filter((o) => o.correct).map((o) => o.id)
      : [question.options.find((o) => !o.correct)!.id];
    attempt.answers[drawn.id] = { selected, correct: isCorrect(question, selected), at };
  }
}

/** A finished attempt, drawn and answered by the quiz engine. */
export function finishedAttempt(
  module: ModuleContent,
  random: () => number,
  startedAt: number,
  skill: number,
  mode: QuizAttempt['mode'] = 'fresh',
): QuizAttempt {
  const attempt = createAttempt({
    quiz: module.quiz,
    passMark: 0.8,
    mode,
    onlyQuestionIds: module.quiz.questions.slice(0, 4).map((q) => q.id),
    random,
    now: startedAt,
  });
  answerAll(attempt, module, skill, random, startedAt + 47_123);
  const score = scoreAttempt(attempt);
  return {
    ...attempt,
    updatedAt: startedAt + 95_611,
    finishedAt: startedAt + 95_611,
    score,
    passed: isPassed(attempt, score),
  };
}

/** An unfinished attempt with its first `answered` questions answered. */
export function openAttempt(
  module: ModuleContent,
  random: () => number,
  startedAt: number,
  answered: number,
): QuizAttempt {
  const attempt = createAttempt({
    quiz: module.quiz,
    passMark: 0.8,
    mode: 'fresh',
    random,
    now: startedAt,
  });
  const part = { ...attempt, questions: attempt.questions.slice(0, answered) };
  answerAll(part, module, 0.5, random, startedAt + 20_000);
  return { ...attempt, answers: part.answers, updatedAt: startedAt + 20_000 };
}

/**
 * The worst case for suspend data: every module of `course` (the real one
 * unless given) finished with `attemptsPerModule` attempts each (some of them
 * practice rounds on wrong answers), every lesson read, every ending found, a
 * quiz in progress in every module, a dilemma in progress, practice
 * statistics, and a name of 120 characters.
 */
export function worstCaseState(
  name: string,
  attemptsPerModule = 10,
  course: ModuleContent[] = modules,
): PersistedState {
  const random = seeded(42);
  const state = emptyState('en');
  state.settings = { language: 'en', learnerName: name, updatedAt: T0 + 5 };
  course.forEach((module, m) => {
    const start = T0 + m * DAY;
    state.modules[module.id] = {
      lessonsVisited: module.lessons.map((l) => l.id),
      currentLesson: module.lessons.at(-1)!.id,
      updatedAt: start + 3_456,
    };
    for (const scenario of module.scenarios) {
      state.scenarios[`${module.id}/${scenario.id}`] = {
        endingsFound: scenario.endings.map((e) => e.id),
        run: {
          path: [[scenario.start, scenario.steps[0]!.choices[0]!.id]],
          startedAt: start,
          updatedAt: start + 1,
        },
        updatedAt: start + 7_891,
      };
      for (const step of scenario.steps) {
        state.practice[`${module.id}/${scenario.id}/${step.id}`] = {
          seen: 3,
          wrong: 1,
          lastSeen: start + 999,
          lastRight: true,
        };
      }
    }
    const attempts: QuizAttempt[] = [];
    for (let a = 0; a < attemptsPerModule; a++) {
      const mode = a % 4 === 3 ? 'wrong-only' : 'fresh';
      attempts.push(
        finishedAttempt(
          module,
          random,
          start + (a + 1) * 3_600_000 + a * 17,
          0.55 + a * 0.05,
          mode,
        ),
      );
    }
    attempts.push(openAttempt(module, random, start + 20 * 3_600_000 + 123, 3));
    state.quizzes[module.id] = attempts;
  });
  return state;
}

/** A realistic 120-character name with Swedish letters, spaces and a hyphen. */
export const LONG_NAME =
  'Anna-Karin Östergård Åkesson Lindqvist Björklund Ärlemalm Sjöström Öberg Wallén Nyström Håkansson Lundgren Ekström Berg'
    .padEnd(120, 'x')
    .slice(0, 120);
