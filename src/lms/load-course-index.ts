/**
 * Loads the course index the build emits (`virtual:content/course-index`):
 * ids and order only, the same in every language, in one small chunk, so the
 * LMS link no longer loads every module's text to learn them.
 */
import type { Language } from '@/config/languages';
import type { CourseIndex } from './course-index';

/**
 * The course index; rejects when its chunk cannot be loaded. The index is
 * language-neutral: `_language` is accepted for callers written when it was not.
 */
export async function loadCourseIndex(_language?: Language): Promise<CourseIndex> {
  const loaded = await import('virtual:content/course-index');
  return loaded.default;
}
