// A script file, not a .d.ts: `skipLibCheck` skips declaration files, so an unresolved name
// there would silently become `any`. Here the compiler checks every name.
declare module 'virtual:content' {
  import type { Language } from '@/config/languages';
  import type {
    Catalogue,
    GlossaryEntry,
    ModuleContent,
    Organisation,
    SourceEntry,
  } from '@/types/content';

  export const organisation: Organisation;
  type Loader<T> = () => Promise<{ default: T }>;
  export const catalogueLoaders: Record<Language, Loader<Catalogue>>;
  export const glossaryLoaders: Record<Language, Loader<GlossaryEntry[]>>;
  export const sourceLoaders: Record<Language, Loader<SourceEntry[]>>;
  export const moduleLoaders: Record<string, Record<Language, Loader<ModuleContent>>>;
}

declare module 'virtual:content/course-index' {
  import type { CourseIndex } from '@/types/course-index';

  /** The course's language-neutral structure (pipeline/content/course-index.ts). */
  const courseIndex: CourseIndex;
  export default courseIndex;
}
