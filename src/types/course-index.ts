/**
 * The shape of the course index: the course's structure as the LMS link needs
 * it, ids only. The build emits it (`virtual:content/course-index`); it is
 * computed by `buildCourseIndex` (src/lms/course-index.ts).
 */

export interface IndexedQuestion {
  id: string;
  /** Option ids in content order. */
  options: string[];
}

export interface IndexedModule {
  id: string;
  required: boolean;
  lessons: string[];
  questions: IndexedQuestion[];
  scenarios: { id: string; endings: string[] }[];
  /**
   * 15 bits of a hash over the ids above. Suspend data carries it, so that
   * positions saved under another version of the module are not misread. It
   * is part of every suspend-data version: never change how it is computed.
   */
  fingerprint: number;
}

/** The core or a track, reported to the LMS as an objective of its own. */
export interface IndexedPart {
  /** The objective's id: `course_core` or `track_<track id>` (never a module id, which has no `_`). */
  id: string;
  /** Its module ids, in order. */
  modules: string[];
}

export interface CourseIndex {
  modules: IndexedModule[];
  /** The core first, then each track. */
  parts: IndexedPart[];
}
