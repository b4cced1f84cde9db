/**
 * The course's shape from course.yaml: the core, then the tracks. Derives the
 * order learners see (core first, then each track in order) and which modules
 * are required (those in the core), and reports a module that is listed twice,
 * in two places, or nowhere.
 */
import type { CourseStructure } from './schema.ts';

export interface ShapeProblem {
  /** Where in course.yaml, or '' for a module folder that is listed nowhere. */
  path: string;
  message: string;
  /** Set when the problem belongs to a module folder rather than to course.yaml. */
  folder?: string;
}

export interface CourseShape {
  /** Every listed module id, the core first, then each track's in order. */
  order: string[];
  /** The track a module belongs to, or null for the core. */
  trackOf: Map<string, string | null>;
  problems: ShapeProblem[];
}

/** Reads the shape of `course` against the module folders that exist. */
export function courseShape(course: CourseStructure | undefined, folders: string[]): CourseShape {
  const problems: ShapeProblem[] = [];
  const trackOf = new Map<string, string | null>();
  const placeName = (track: string | null) =>
    track === null ? 'the core' : `the track "${track}"`;

  const place = (path: string, ids: string[], track: string | null) => {
    ids.forEach((moduleId, i) => {
      if (trackOf.has(moduleId)) {
        const earlier = trackOf.get(moduleId)!;
        problems.push({
          path: `${path}.${i}`,
          message:
            earlier === track
              ? `the module "${moduleId}" is listed twice in ${placeName(track)}`
              : `the module "${moduleId}" is already in ${placeName(earlier)}: a module belongs to one place only`,
        });
        return;
      }
      trackOf.set(moduleId, track);
    });
  };

  if (course) {
    place('core', course.core, null);
    const trackIds = new Set<string>();
    course.tracks.forEach((track, i) => {
      if (trackIds.has(track.id)) {
        problems.push({
          path: `tracks.${i}.id`,
          message: `the track id "${track.id}" is used twice`,
        });
      }
      trackIds.add(track.id);
      place(`tracks.${i}.modules`, track.modules, track.id);
    });
    for (const folder of folders.filter((f) => !trackOf.has(f))) {
      problems.push({
        path: '',
        folder,
        message:
          'this module folder is in neither the core nor a track in content/course.yaml: add it to one of them',
      });
    }
  }
  return { order: [...trackOf.keys()], trackOf, problems };
}
