/**
 * The quiz rules, apart from the interface: drawing an attempt, checking an
 * answer, scoring. Pure functions; randomness and time are passed in.
 */
import { reachesPassMark } from '@/domain/attempts';
import { questionType } from '@/domain/question-types/registry';
import { type Random, randomId, shuffle } from '@/lib/random';
import { MAX_ATTEMPT_QUESTIONS, type QuizAttempt } from '@/store/schema';
import type { Question, Quiz } from '@/types/content';

export type AttemptMode = QuizAttempt['mode'];

interface NewAttempt {
  quiz: Quiz;
  passMark: number;
  mode: AttemptMode;
  /** For "only the questions I got wrong": the ids to draw from. */
  onlyQuestionIds?: string[];
  random: Random;
  now: number;
}

/**
 * Draws a new attempt: `quiz.draw` questions from the pool (or every listed
 * question in wrong-only mode), questions and options shuffled. True/false
 * options keep their order.
 */
export function createAttempt({
  quiz,
  passMark,
  mode,
  onlyQuestionIds,
  random,
  now,
}: NewAttempt): QuizAttempt {
  const pool =
    mode === 'wrong-only' && onlyQuestionIds
      ? quiz.questions.filter((q) => onlyQuestionIds.includes(q.id))
      : quiz.questions;
  const count = mode === 'wrong-only' ? pool.length : Math.min(quiz.draw, pool.length);
  // A stored attempt must hold 1–100 questions (src/store/schema.ts).
  if (count === 0) throw new Error('A quiz attempt needs at least one question');
  // A random draw, asked in the pool's order: authors order each pool from easy to hard.
  const chosen = new Set(shuffle(pool, random).slice(0, Math.min(count, MAX_ATTEMPT_QUESTIONS)));
  const drawn = pool.filter((q) => chosen.has(q));
  return {
    id: randomId(random),
    mode,
    startedAt: now,
    updatedAt: now,
    passMark,
    questions: drawn.map((q) => ({
      id: q.id,
      options: (questionType(q).fixedOrder ? q.options : shuffle(q.options, random)).map(
        (o) => o.id,
      ),
    })),
    answers: {},
  };
}

/** Whether `selected` answers `question` right, as the question's kind decides. */
export function isCorrect(question: Question, selected: readonly string[]): boolean {
  return questionType(question).isCorrect(question, selected);
}

/** Share of the attempt's questions answered right (0–1). */
export function scoreAttempt(attempt: QuizAttempt): number {
  const right = attempt.questions.filter((q) => attempt.answers[q.id]?.correct).length;
  return attempt.questions.length === 0 ? 0 : right / attempt.questions.length;
}

/** Only a fresh draw can pass the module; a wrong-only retake is practice. */
export function isPassed(attempt: QuizAttempt, score: number): boolean {
  return attempt.mode === 'fresh' && reachesPassMark(score, attempt.passMark);
}

export function wrongQuestionIds(attempt: QuizAttempt): string[] {
  return attempt.questions.filter((q) => !attempt.answers[q.id]?.correct).map((q) => q.id);
}

export function allAnswered(attempt: QuizAttempt): boolean {
  return attempt.questions.every((q) => attempt.answers[q.id]);
}

/**
 * The attempt's questions as the content now has them, options in the drawn
 * order. Null when the course changed under the attempt (a question or option
 * is gone), so the learner can start afresh instead of seeing a broken page.
 */
export function resolveAttempt(attempt: QuizAttempt, quiz: Quiz): Question[] | null {
  const resolved: Question[] = [];
  for (const drawn of attempt.questions) {
    const question = quiz.questions.find((q) => q.id === drawn.id);
    if (!question) return null;
    const options = drawn.options.map((id) => question.options.find((o) => o.id === id));
    if (options.some((o) => !o) || options.length !== question.options.length) return null;
    resolved.push({ ...question, options: options as Question['options'] });
  }
  return resolved;
}
