import { browserLanguage } from '@/config/first-paint';
import { isLanguage, type Language, LANGUAGE_CODES, SOURCE_LANGUAGE } from '@/config/languages';

/**
 * The language a first visit starts in: the browser's, when the course has it, else Swedish.
 * The same rule as the inline script that decides the first paint (src/config/first-paint.ts).
 * A stored choice replaces it when the store reads what is saved.
 */
export function firstVisitLanguage(): Language {
  const preferred =
    typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]);
  const code = browserLanguage(preferred, LANGUAGE_CODES, SOURCE_LANGUAGE);
  return isLanguage(code) ? code : SOURCE_LANGUAGE;
}
