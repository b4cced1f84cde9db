import { useAppStore } from '@/store/store';
import type { Language } from '@/config/languages';

/** The learner's chosen language. */
export function useLanguage(): Language {
  return useAppStore((s) => s.settings.language);
}
