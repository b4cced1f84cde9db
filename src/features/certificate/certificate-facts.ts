/**
 * What the certificate says, derived from saved progress: which required
 * modules are still missing, or, once all are passed, each module's best
 * score and the day the last of them was first passed.
 */
import { bestScore, finishedAttempts } from '@/domain/attempts';
import type { PersistedState, QuizAttempt } from '@/store/schema';
import type { ModuleSummary } from '@/types/content';

export interface CertifiedModule {
  id: string;
  title: string;
  /** Best score of a full quiz (practice rounds on wrong answers do not count). */
  best: number;
  firstPassedAt: number;
}

export type CertificateState =
  | { complete: false; required: ModuleSummary[]; missing: ModuleSummary[] }
  | { complete: true; modules: CertifiedModule[]; completedAt: number };

function firstPassedAt(attempts: QuizAttempt[] | undefined): number | undefined {
  const times = finishedAttempts(attempts)
    .filter((a) => a.passed)
    .map((a) => a.finishedAt!);
  return times.length > 0 ? Math.min(...times) : undefined;
}

/** Whether every required module is passed, and what the certificate then shows. */
export function certificateState(
  modules: ModuleSummary[],
  quizzes: PersistedState['quizzes'],
): CertificateState {
  const required = modules.filter((m) => m.required);
  const missing = required.filter((m) => firstPassedAt(quizzes[m.id]) === undefined);
  if (required.length === 0 || missing.length > 0) return { complete: false, required, missing };
  const certified = required.map((m) => ({
    id: m.id,
    title: m.title,
    best: bestScore(quizzes[m.id]) ?? 0,
    firstPassedAt: firstPassedAt(quizzes[m.id])!,
  }));
  return {
    complete: true,
    modules: certified,
    completedAt: Math.max(...certified.map((m) => m.firstPassedAt)),
  };
}
