/**
 * A fixture course of exactly twelve modules, for the wire formats, whatever
 * the live course holds: its modules in order, and then, while there are fewer
 * than twelve, copies of them under new ids of their own (ids of lessons,
 * questions and endings only need to be unique within a module).
 * Plus the language codes a round trip must carry: a third, right-to-left one
 * among them (only the code: which languages exist is not the wire's concern).
 */
import { buildCourseIndex, type CourseIndex } from '@/lms/course-index';
import type { Catalogue, ModuleContent } from '@/types/content';
import { content } from '../lms/course';

export const TEST_LANGUAGES = ['sv', 'en', 'ar'] as const;

const catalogue = content.catalogue.sv;
const live = catalogue.modules.slice(0, 12);
const extras = Array.from({ length: 12 - live.length }, (_, i) => ({
  id: `extra-module-${i + 1}`,
  source: catalogue.modules[i % catalogue.modules.length]!,
}));

/** The twelve modules' content, in course order. */
export const twelveModules: ModuleContent[] = [
  ...live.map((m) => content.modules.sv[m.id]!),
  ...extras.map(({ source, id }) => ({ ...content.modules.sv[source.id]!, id })),
];

/** The twelve module ids, in course order. */
export const twelveModuleIds: string[] = twelveModules.map((m) => m.id);

const twelveCatalogue: Catalogue = {
  ...catalogue,
  modules: [...live, ...extras.map(({ source, id }) => ({ ...source, id, required: true }))],
};

/** The course index of the twelve-module course. */
export const twelveIndex: CourseIndex = buildCourseIndex(
  twelveCatalogue,
  Object.fromEntries(twelveModules.map((m) => [m.id, m])),
);
