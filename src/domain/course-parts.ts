/**
 * The course's parts as a learner meets them: the core everyone takes and the
 * tracks by role. Which modules make up a learner's path, and which parts are
 * passed. Derived from the catalogue and saved progress, never stored.
 */
import type { PersistedState } from '@/store/schema';
import type { Catalogue, CourseTrack, ModuleSummary } from '@/types/content';
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

/**
 * Whether the learner has completed the course: every module of the core has a passed quiz.
 * Tracks are chosen by role and are not required (content/course.yaml), so they never hold
 * completion back. The certificate, the finish line and the menu all read this one rule.
 */
export function isCourseComplete(
  catalogue: Pick<Catalogue, 'core'>,
  quizzes: PersistedState['quizzes'],
): boolean {
  return isPartPassed(catalogue.core.modules, quizzes);
}

/**
 * The next module of the learner's path whose quiz is not passed: after `afterId` when it is on
 * the path (wrapping round to the start), else the first. Undefined when every one is passed.
 */
export function nextUnfinishedModule(
  catalogue: Pick<Catalogue, 'core' | 'tracks' | 'modules'>,
  chosen: readonly string[] | undefined,
  quizzes: PersistedState['quizzes'],
  afterId?: string,
): ModuleSummary | undefined {
  const ids = pathModuleIds(catalogue, chosen);
  const at = afterId === undefined ? -1 : ids.indexOf(afterId);
  const ordered = [...ids.slice(at + 1), ...ids.slice(0, at + 1)];
  const id = ordered.find((x) => x !== afterId && !hasPassed(quizzes[x]));
  return id === undefined ? undefined : catalogue.modules.find((m) => m.id === id);
}
