/**
 * The course's structure as the LMS link needs it: ids only, in content
 * order, so that suspend data can name a lesson, a question or an ending by
 * its position, and so that the report knows which modules are required
 * and how they make up the core and the tracks.
 * Built from the catalogue and the modules of either language (ids are the
 * same in both).
 */
import { fnv1a64 } from '@/lib/check-code';
import type { Catalogue, ModuleContent } from '@/types/content';

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

/** The objective id of the core. */
export const CORE_OBJECTIVE = 'course_core';

/** The objective id of a track. */
export const trackObjective = (trackId: string) => `track_${trackId}`;

/** 15 bits of FNV-1a over a module's lesson, question, option, dilemma and ending ids. */
export function moduleFingerprint(module: Omit<IndexedModule, 'fingerprint' | 'required'>): number {
  const shape = JSON.stringify([
    module.lessons,
    module.questions.map((q) => [q.id, q.options]),
    module.scenarios.map((s) => [s.id, s.endings]),
  ]);
  return Number(fnv1a64(shape) & 0x7fffn);
}

/** The index of a course: the catalogue's modules in order, with their quizzes' ids, and its parts. */
export function buildCourseIndex(
  catalogue: Catalogue,
  modules: Record<string, ModuleContent>,
): CourseIndex {
  return {
    modules: catalogue.modules.flatMap((summary) => {
      const content = modules[summary.id];
      if (!content) return [];
      const shape = {
        id: summary.id,
        lessons: content.lessons.map((l) => l.id),
        questions: content.quiz.questions.map((q) => ({
          id: q.id,
          options: q.options.map((o) => o.id),
        })),
        scenarios: content.scenarios.map((s) => ({
          id: s.id,
          endings: s.endings.map((e) => e.id),
        })),
      };
      return [{ ...shape, required: summary.required, fingerprint: moduleFingerprint(shape) }];
    }),
    parts: [
      { id: CORE_OBJECTIVE, modules: catalogue.core.modules },
      ...catalogue.tracks.map((t) => ({ id: trackObjective(t.id), modules: t.modules })),
    ],
  };
}
