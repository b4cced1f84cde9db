import { use } from 'react';
import { loadModule } from '@/lib/content';
import type { Language } from '@/config/languages';
import type { ModuleContent } from '@/types/content';

const cache = new Map<string, Promise<ModuleContent[]>>();

/**
 * The content of these modules in this language, in the order given
 * (suspends while it loads). The combined promise is cached, so `use()`
 * sees the same one on every render.
 */
export function usePracticeModules(
  moduleIds: readonly string[],
  language: Language,
): ModuleContent[] {
  const key = `${language}:${moduleIds.join(',')}`;
  let promise = cache.get(key);
  if (!promise) {
    promise = Promise.all(moduleIds.map((id) => loadModule(id, language)));
    promise.catch(() => cache.delete(key));
    cache.set(key, promise);
  }
  return use(promise);
}
