/**
 * A fixture course of twelve modules, for the wire formats: today's seven
 * modules and five more, each a copy of one of them under a new id of its own
 * (ids of lessons, questions and endings only need to be unique within a
 * module).
 * Plus the language codes a round trip must carry: a third, right-to-left one
 * among them (only the code: which languages exist is not the wire's concern).
 */
import { buildCourseIndex, type CourseIndex } from '@/lms/course-index';
import type { Catalogue, ModuleContent } from '@/types/content';
import { content } from '../lms/course';

export const TEST_LANGUAGES = ['sv', 'en', 'ar'] as const;

const catalogue = content.catalogue.sv;
const extras = [
  'gifts-and-hospitality-for-managers',
  'whistleblowing-in-practice',
  'elected-officials-and-boards',
  'grants-and-subsidies',
  'municipal-companies',
].map((id, i) => ({ id, source: catalogue.modules[i % catalogue.modules.length]! }));

/** The twelve modules' content, in course order. */
export const twelveModules: ModuleContent[] = [
  ...catalogue.modules.map((m) => content.modules.sv[m.id]!),
  ...extras.map(({ source, id }) => ({ ...content.modules.sv[source.id]!, id })),
];

/** The twelve module ids, in course order. */
export const twelveModuleIds: string[] = twelveModules.map((m) => m.id);

const twelveCatalogue: Catalogue = {
  ...catalogue,
  modules: [
    ...catalogue.modules,
    ...extras.map(({ source, id }) => ({ ...source, id, required: true })),
  ],
};

/** The course index of the twelve-module course. */
export const twelveIndex: CourseIndex = buildCourseIndex(
  twelveCatalogue,
  Object.fromEntries(twelveModules.map((m) => [m.id, m])),
);
