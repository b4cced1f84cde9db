/**
 * The course's parts as a learner meets them: the core everyone takes and the
 * tracks by role. Which modules make up a learner's path, and which parts are
 * passed. Derived from the catalogue and saved progress, never stored.
 */
import type { PersistedState } from '@/store/schema';
import type { Catalogue, CourseTrack } from '@/types/content';
import { hasPassed } from './attempts';

type Shape = Pick<Catalogue, 'core' | 'tracks'>;

/** The tracks the learner chose, in course order; unknown ids are left out. */
export function chosenTracks(
  catalogue: Shape,
  chosen: readonly string[] | undefined,
): CourseTrack[] {
  return catalogue.tracks.filter((t) => chosen?.includes(t.id));
}

/** The module ids of the learner's path: the core, then each chosen track's, in course order. */
export function pathModuleIds(catalogue: Shape, chosen: readonly string[] | undefined): string[] {
  return [...catalogue.core.modules, ...chosenTracks(catalogue, chosen).flatMap((t) => t.modules)];
}

/** Whether every module of a part has a passed quiz (a part without modules never is). */
export function isPartPassed(moduleIds: readonly string[], quizzes: PersistedState['quizzes']) {
  return moduleIds.length > 0 && moduleIds.every((id) => hasPassed(quizzes[id]));
}

/** The tracks whose every module is passed, in course order. */
export function passedTracks(catalogue: Shape, quizzes: PersistedState['quizzes']): CourseTrack[] {
  return catalogue.tracks.filter((t) => isPartPassed(t.modules, quizzes));
}
