/**
 * The course's structure as the LMS link needs it: ids only, in content
 * order, so that suspend data can name a lesson, a question or an ending by
 * its position, and so that the report knows which modules are required
 * and how they make up the core and the tracks.
 * Built from the catalogue and the modules of either language (ids are the
 * same in both).
 */
// Relative, not `@/`: the build pipeline runs this file too (pipeline/content/course-index.ts),
// where the alias is not set; type-only imports are erased.
import { fnv1a64 } from '../lib/check-code.ts';
import type {
  CourseIndex,
  IndexedModule,
  IndexedPart,
  IndexedQuestion,
} from '@/types/course-index';
import type { Catalogue, ModuleContent } from '@/types/content';

export type { CourseIndex, IndexedModule, IndexedPart, IndexedQuestion };

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
