/**
 * The rules about quiz attempts that several features share: which attempts
 * count, the best one, passing and the pass mark's tolerance. Derived on
 * demand from saved attempts, never stored.
 */
import type { QuizAttempt } from '@/store/schema';

/**
 * Scores are shares (3/5 = 0.6) and pass marks are shares too, so a score that
 * meets the mark may differ from it in the last bits of a float.
 */
const PASS_TOLERANCE = 1e-9;

/** Whether a score (0–1) reaches a pass mark (0–1). */
export const reachesPassMark = (score: number, passMark: number) =>
  score >= passMark - PASS_TOLERANCE;

export const finishedAttempts = (attempts: QuizAttempt[] | undefined) =>
  (attempts ?? []).filter((a) => a.finishedAt !== undefined);

/** Finished full quizzes, oldest first (a wrong-only retake is practice and never counts). */
export const finishedFreshAttempts = (attempts: QuizAttempt[] | undefined) =>
  finishedAttempts(attempts)
    .filter((a) => a.mode === 'fresh')
    .sort((a, b) => (a.finishedAt ?? 0) - (b.finishedAt ?? 0));

/** The best finished full quiz: the highest score, the earliest of equals. */
export function bestFreshAttempt(attempts: QuizAttempt[] | undefined): QuizAttempt | undefined {
  return finishedFreshAttempts(attempts).reduce<QuizAttempt | undefined>(
    (best, a) => (best && (best.score ?? 0) >= (a.score ?? 0) ? best : a),
    undefined,
  );
}

/** The best score of a full quiz. */
export function bestScore(attempts: QuizAttempt[] | undefined): number | undefined {
  const best = bestFreshAttempt(attempts);
  return best ? (best.score ?? 0) : undefined;
}

/** The attempt still open, if any (the newest unfinished one). */
export function activeAttempt(attempts: QuizAttempt[] | undefined): QuizAttempt | undefined {
  return [...(attempts ?? [])].reverse().find((a) => a.finishedAt === undefined);
}

export function latestFinished(attempts: QuizAttempt[] | undefined): QuizAttempt | undefined {
  return finishedAttempts(attempts).at(-1);
}

/** Whether a full quiz of the module was ever passed. */
export function hasPassed(attempts: QuizAttempt[] | undefined): boolean {
  return finishedAttempts(attempts).some((a) => a.passed);
}

/** Index (1-based) of the first unanswered question of an attempt, or undefined when all are answered. */
export function firstUnanswered(attempt: QuizAttempt): number | undefined {
  const index = attempt.questions.findIndex((q) => !attempt.answers[q.id]);
  return index === -1 ? undefined : index + 1;
}
