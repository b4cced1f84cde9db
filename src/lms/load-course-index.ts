/**
 * Loads what the course index needs: the catalogue and every module, in one
 * language, all at once. The chunks are the ones the app loads anyway, so
 * they are cached for the learner's first pages.
 */
import { loadCatalogue, loadModule } from '@/lib/content';
import type { Language } from '@/config/languages';
import type { ModuleContent } from '@/types/content';
import { buildCourseIndex, type CourseIndex } from './course-index';

/** The course index in `language`; rejects when a content chunk cannot be loaded. */
export async function loadCourseIndex(language: Language): Promise<CourseIndex> {
  const catalogue = await loadCatalogue(language);
  const modules = await Promise.all(catalogue.modules.map((m) => loadModule(m.id, language)));
  const byId: Record<string, ModuleContent> = {};
  for (const module of modules) byId[module.id] = module;
  return buildCourseIndex(catalogue, byId);
}
