/**
 * Loads course content chunks on demand and caches them, so React's `use()`
 * can suspend on the same promise while a chunk is on its way.
 */
import { catalogueLoaders, glossaryLoaders, moduleLoaders, sourceLoaders } from 'virtual:content';
import type { Language } from '@/config/languages';
import type { Catalogue, GlossaryEntry, ModuleContent, SourceEntry } from '@/types/content';

const cache = new Map<string, Promise<unknown>>();

type Tracked<T> = Promise<T> & { status?: 'fulfilled'; value?: T };

function cached<T>(key: string, load: () => Promise<{ default: T }>): Promise<T> {
  let promise = cache.get(key) as Tracked<T> | undefined;
  if (!promise) {
    const loading: Tracked<T> = load().then((m) => m.default);
    // Marked the way React's use() reads a settled promise, so a loaded chunk renders at once.
    loading.then(
      (value) => Object.assign(loading, { status: 'fulfilled', value }),
      () => cache.delete(key),
    );
    promise = loading;
    cache.set(key, promise);
  }
  return promise;
}

export class UnknownModuleError extends Error {
  constructor(readonly moduleId: string) {
    super(`No module with the id "${moduleId}"`);
    this.name = 'UnknownModuleError';
  }
}

/** Whether the course has a module with this id (ids come from links, so check). */
export function isModuleId(moduleId: string): boolean {
  return Object.hasOwn(moduleLoaders, moduleId);
}

export const loadCatalogue = (language: Language): Promise<Catalogue> =>
  cached(`catalogue/${language}`, catalogueLoaders[language]);

export const loadGlossary = (language: Language): Promise<GlossaryEntry[]> =>
  cached(`glossary/${language}`, glossaryLoaders[language]);

export const loadSources = (language: Language): Promise<SourceEntry[]> =>
  cached(`sources/${language}`, sourceLoaders[language]);

/** Loads one module in one language; rejects with `UnknownModuleError` for an unknown id. */
export function loadModule(moduleId: string, language: Language): Promise<ModuleContent> {
  if (!isModuleId(moduleId)) return Promise.reject(new UnknownModuleError(moduleId));
  return cached(`module/${moduleId}/${language}`, moduleLoaders[moduleId]![language]);
}
