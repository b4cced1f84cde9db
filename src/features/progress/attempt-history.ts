/**
 * A module's finished quiz attempts in order, each with its outcome, and
 * which of them is the best and which the latest. Pure; no interface.
 */
import { bestFreshAttempt, finishedAttempts } from '@/domain/attempts';
import type { QuizAttempt } from '@/store/schema';

/** A wrong-only retake is practice: it never passes a module. */
export type AttemptOutcome = 'passed' | 'failed' | 'practice';

export interface AttemptRow {
  /** 1-based position among the finished attempts. */
  number: number;
  finishedAt: number;
  score: number;
  passMark: number;
  outcome: AttemptOutcome;
  isBest: boolean;
  isLatest: boolean;
}

export interface AttemptHistory {
  rows: AttemptRow[];
  /** The best full quiz (practice rounds do not count), earliest on a tie. */
  best: AttemptRow | undefined;
  latest: AttemptRow | undefined;
}

export function attemptOutcome(attempt: QuizAttempt): AttemptOutcome {
  if (attempt.mode === 'wrong-only') return 'practice';
  return attempt.passed ? 'passed' : 'failed';
}

export function attemptHistory(attempts: QuizAttempt[] | undefined): AttemptHistory {
  const finished = finishedAttempts(attempts);
  const best = bestFreshAttempt(attempts);
  const bestIndex = best ? finished.indexOf(best) : -1;
  const rows = finished.map((a, i) => ({
    number: i + 1,
    finishedAt: a.finishedAt!,
    score: a.score ?? 0,
    passMark: a.passMark,
    outcome: attemptOutcome(a),
    isBest: i === bestIndex,
    isLatest: i === finished.length - 1,
  }));
  return { rows, best: rows[bestIndex], latest: rows.at(-1) };
}
