/**
 * What the certificate says, derived from saved progress: which modules of
 * the core are still missing, or, once the core is passed, each module's best
 * score, the tracks passed (a track counts when all its modules are passed)
 * and the day the last of them was first passed.
 */
import { bestScore, finishedAttempts } from '@/domain/attempts';
import { isCourseComplete, passedTracks } from '@/domain/course-parts';
import type { PersistedState, QuizAttempt } from '@/store/schema';
import type { Catalogue, ModuleSummary } from '@/types/content';

export interface CertifiedModule {
  id: string;
  title: string;
  /** Best score of a full quiz (practice rounds on wrong answers do not count). */
  best: number;
  firstPassedAt: number;
}

export interface CertifiedTrack {
  id: string;
  title: string;
  modules: CertifiedModule[];
}

export type CertificateState =
  | { complete: false; required: ModuleSummary[]; missing: ModuleSummary[] }
  | {
      complete: true;
      core: CertifiedModule[];
      tracks: CertifiedTrack[];
      completedAt: number;
    };

function firstPassedAt(attempts: QuizAttempt[] | undefined): number | undefined {
  const times = finishedAttempts(attempts)
    .filter((a) => a.passed)
    .map((a) => a.finishedAt!);
  return times.length > 0 ? Math.min(...times) : undefined;
}

/** Whether the core is passed, and what the certificate then shows. */
export function certificateState(
  catalogue: Pick<Catalogue, 'modules' | 'core' | 'tracks'>,
  quizzes: PersistedState['quizzes'],
): CertificateState {
  const byId = new Map(catalogue.modules.map((m) => [m.id, m]));
  const summaries = (ids: string[]) => ids.flatMap((id) => byId.get(id) ?? []);
  const required = summaries(catalogue.core.modules);
  if (required.length === 0 || !isCourseComplete(catalogue, quizzes)) {
    const missing = required.filter((m) => firstPassedAt(quizzes[m.id]) === undefined);
    return { complete: false, required, missing };
  }
  const certify = (m: ModuleSummary): CertifiedModule => ({
    id: m.id,
    title: m.title,
    best: bestScore(quizzes[m.id]) ?? 0,
    firstPassedAt: firstPassedAt(quizzes[m.id])!,
  });
  const core = required.map(certify);
  const tracks = passedTracks(catalogue, quizzes).map((t) => ({
    id: t.id,
    title: t.title,
    modules: summaries(t.modules).map(certify),
  }));
  const all = [...core, ...tracks.flatMap((t) => t.modules)];
  return {
    complete: true,
    core,
    tracks,
    completedAt: Math.max(...all.map((m) => m.firstPassedAt)),
  };
}
