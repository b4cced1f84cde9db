import { use } from 'react';
import { loadCatalogue, loadGlossary, loadModule, loadSources } from '@/lib/content';
import type { Catalogue, GlossaryEntry, ModuleContent, SourceEntry } from '@/types/content';
import { useLanguage } from './use-language';

/** The course catalogue in the learner's language (suspends while it loads). */
export function useCatalogue(): Catalogue {
  return use(loadCatalogue(useLanguage()));
}

/** One module in the learner's language (suspends; throws for an unknown id). */
export function useModuleContent(moduleId: string): ModuleContent {
  return use(loadModule(moduleId, useLanguage()));
}

export function useGlossary(): GlossaryEntry[] {
  return use(loadGlossary(useLanguage()));
}

export function useSources(): SourceEntry[] {
  return use(loadSources(useLanguage()));
}
