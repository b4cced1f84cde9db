/**
 * A module's finished quiz attempts in order, each with its outcome, and
 * which of them is the best and which the latest. Pure; no interface.
 */
import { finishedAttempts } from '@/lib/progress-status';
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
  let bestIndex = -1;
  finished.forEach((a, i) => {
    if (a.mode !== 'fresh') return;
    if (bestIndex === -1 || (a.score ?? 0) > (finished[bestIndex]!.score ?? 0)) bestIndex = i;
  });
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
