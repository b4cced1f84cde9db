/**
 * The one seam for course content in unit and component tests. tests/setup.ts
 * replaces `virtual:content` (the build's loaders) for every test file with the
 * loaders below, which read the course installed here: by default the real
 * course, built by the pipeline on first use. A test that needs a small course
 * installs it before rendering, and components then load it through
 * `@/lib/content` and `@/hooks/use-content` exactly as in the app:
 *
 *   beforeAll(() => installCourse(sameInEveryLanguage(catalogue, [module])));
 *
 * `@/lib/content` caches what it loaded for the rest of the file, so install
 * one course per test file.
 */
import { LANGUAGE_CODES, type Language } from '@/config/languages';
import type { Catalogue, ModuleContent } from '@/types/content';
import { type BuiltContent, loadContent } from '../../pipeline/content/load';

/** A course as the pipeline builds it; glossary, sources and organisation may be left out. */
export type TestCourse = Pick<BuiltContent, 'catalogue' | 'modules'> &
  Partial<Pick<BuiltContent, 'glossary' | 'sources' | 'organisation'>>;

let installed: TestCourse | undefined;
const course = (): TestCourse => (installed ??= loadContent('content'));

/**
 * Makes `course` the content every loader serves, and loads its catalogue in
 * every language, so pages render it at once instead of suspending first.
 */
export async function installCourse(next: TestCourse): Promise<void> {
  installed = next;
  const { loadCatalogue } = await import('@/lib/content');
  await Promise.all(LANGUAGE_CODES.map((language) => loadCatalogue(language)));
}

/** A hand-made course with the same catalogue and modules in every language. */
export function sameInEveryLanguage(
  catalogue: Catalogue,
  modules: readonly ModuleContent[] = [],
): TestCourse {
  const each = <T>(value: (language: Language) => T) =>
    Object.fromEntries(LANGUAGE_CODES.map((l) => [l, value(l)])) as Record<Language, T>;
  return {
    catalogue: each((language) => ({ ...catalogue, language })),
    modules: each((language) => Object.fromEntries(modules.map((m) => [m.id, { ...m, language }]))),
  };
}

type Loader<T> = () => Promise<{ default: T }>;
const perLanguage = <T>(pick: (c: TestCourse, language: Language) => T) =>
  Object.fromEntries(
    LANGUAGE_CODES.map((language) => [
      language,
      async () => ({ default: pick(course(), language) }),
    ]),
  ) as Record<Language, Loader<T>>;

/** Each module's loaders, for the ids of the installed course only (as the build makes them). */
const moduleLoaders = new Proxy({} as Record<string, Record<Language, Loader<ModuleContent>>>, {
  get: (_, id) => (typeof id === 'string' && hasModule(id) ? loadersOf(id) : undefined),
  has: (_, id) => typeof id === 'string' && hasModule(id),
  ownKeys: () => Object.keys(course().modules[LANGUAGE_CODES[0]]),
  getOwnPropertyDescriptor: (_, id) =>
    typeof id === 'string' && hasModule(id)
      ? { value: loadersOf(id), enumerable: true, configurable: true, writable: false }
      : undefined,
});
const hasModule = (id: string) => Object.hasOwn(course().modules[LANGUAGE_CODES[0]], id);
const loadersOf = (id: string) =>
  Object.fromEntries(
    LANGUAGE_CODES.map((language) => [
      language,
      async () => ({ default: course().modules[language][id]! }),
    ]),
  ) as Record<Language, Loader<ModuleContent>>;

/** What tests/setup.ts puts in place of `virtual:content`. */
export const virtualContent = {
  get organisation() {
    return course().organisation ?? {};
  },
  catalogueLoaders: perLanguage((c, language) => c.catalogue[language]),
  glossaryLoaders: perLanguage((c, language) => c.glossary?.[language] ?? []),
  sourceLoaders: perLanguage((c, language) => c.sources?.[language] ?? []),
  moduleLoaders,
};
