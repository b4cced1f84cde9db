/**
 * The languages the course is offered in: the one list that the content
 * schema, the build, i18n, the formatters, the language switch, `<html lang
 * dir>`, saved settings, LMS suspend data and receipts read. Adding a language
 * is its content and string files plus one line here (docs/contributing.md).
 * Pure data with no imports, so the build pipeline can read it too.
 */

export interface LanguageInfo {
  /** BCP 47 language code, used in files (`module.<code>.yaml`, `src/locales/<code>/`) and saved state. */
  code: string;
  /** The locale for dates and numbers. */
  locale: string;
  /** The language's name in itself, as the language switch shows it. */
  label: string;
  dir: 'ltr' | 'rtl';
}

export const LANGUAGES = [
  { code: 'sv', locale: 'sv-SE', label: 'Svenska', dir: 'ltr' },
  { code: 'en', locale: 'en-GB', label: 'English', dir: 'ltr' },
] as const satisfies readonly LanguageInfo[];

export type Language = (typeof LANGUAGES)[number]['code'];

/** Every language code, for schemas that need a non-empty list. */
export const LANGUAGE_CODES = LANGUAGES.map((l) => l.code) as [Language, ...Language[]];

/** The language the course is written in first; the others are checked against it. */
export const SOURCE_LANGUAGE: Language = 'sv';

/** Whether `value` is the code of a language the course has. */
export function isLanguage(value: unknown): value is Language {
  return LANGUAGES.some((l) => l.code === value);
}

/** Everything the app knows about a language. */
export function languageInfo(code: Language): LanguageInfo {
  return LANGUAGES.find((l) => l.code === code) ?? LANGUAGES[0];
}
