/**
 * i18next set-up. UI strings live in src/locales/<language>/<namespace>.json;
 * each namespace of each language is its own chunk, loaded when first needed,
 * so the inactive language never loads.
 */
import i18next from 'i18next';
import resourcesToBackend from 'i18next-resources-to-backend';
import { initReactI18next } from 'react-i18next';
import type { Language } from '@/types/content';

export const languages: readonly Language[] = ['sv', 'en'];
export const namespaces = [
  'common',
  'catalogue',
  'lesson',
  'quiz',
  'scenario',
  'progress',
  'certificate',
  'practice',
  'selfcheck',
  'trainer',
  'assignment',
  'facilitation',
  'about',
] as const;
export type Namespace = (typeof namespaces)[number];

/** Starts i18next in `language`; resolves once the common strings (and `alsoLoad`) are loaded. */
export async function initI18n(language: Language, alsoLoad: Namespace[] = []) {
  await i18next
    .use(resourcesToBackend((lng: string, ns: string) => import(`../locales/${lng}/${ns}.json`)))
    .use(initReactI18next)
    .init({
      lng: language,
      supportedLngs: languages,
      fallbackLng: false,
      ns: ['common', ...alsoLoad],
      defaultNS: 'common',
      interpolation: { escapeValue: false },
      returnNull: false,
      react: { useSuspense: true },
    });
  document.documentElement.lang = language;
  return i18next;
}

/** Switches the UI language, loading its strings first. */
export async function changeLanguage(language: Language) {
  if (i18next.language === language) return;
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
}

/** Formats a date for the current UI language, e.g. "21 november 2026". */
export function formatDate(value: number | string, language: Language) {
  const date = typeof value === 'number' ? new Date(value) : new Date(`${value}T12:00:00`);
  return new Intl.DateTimeFormat(language === 'sv' ? 'sv-SE' : 'en-GB', {
    dateStyle: 'long',
  }).format(date);
}

/** Formats a share (0–1) as a whole percentage, e.g. "80 %" in Swedish. */
export function formatPercent(value: number, language: Language) {
  return new Intl.NumberFormat(language === 'sv' ? 'sv-SE' : 'en-GB', {
    style: 'percent',
    maximumFractionDigits: 0,
  }).format(value);
}

/** Joins names as a list for the current UI language, each in quotes: ”A”, ”B” och ”C”. */
export function formatTitles(titles: readonly string[], language: Language) {
  const quote = language === 'sv' ? (t: string) => `”${t}”` : (t: string) => `“${t}”`;
  return new Intl.ListFormat(language === 'sv' ? 'sv-SE' : 'en-GB', {
    type: 'conjunction',
  }).format(titles.map(quote));
}
