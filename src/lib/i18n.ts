/**
 * i18next set-up. UI strings live in src/locales/<language>/<namespace>.json;
 * each namespace of each language is its own chunk, loaded when first needed,
 * so the inactive language never loads.
 */
import i18next from 'i18next';
import resourcesToBackend from 'i18next-resources-to-backend';
import { initReactI18next } from 'react-i18next';
import { type Language, LANGUAGE_CODES, languageInfo } from '@/config/languages';
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
  'readaloud',
  'accessibility',
] as const;
export type Namespace = (typeof namespaces)[number];

/** Starts i18next in `language`; resolves once the common strings (and `alsoLoad`) are loaded. */
export async function initI18n(language: Language, alsoLoad: Namespace[] = []) {
  // Development only (removed from the build): `?pseudo` before the `#` shows every
  // translated string as [[key]], so text that is not translated stands out.
  const pseudo = import.meta.env.DEV && new URLSearchParams(window.location.search).has('pseudo');
  if (pseudo) i18next.use(pseudoKeys);
  await i18next
    .use(resourcesToBackend((lng: string, ns: string) => import(`../locales/${lng}/${ns}.json`)))
    .use(initReactI18next)
    .init({
      lng: language,
      supportedLngs: LANGUAGE_CODES,
      fallbackLng: false,
      ns: ['common', ...alsoLoad],
      defaultNS: 'common',
      interpolation: { escapeValue: false },
      returnNull: false,
      react: { useSuspense: true },
      ...(pseudo ? { postProcess: [pseudoKeys.name] } : {}),
    });
  setDocumentLanguage(language);
  return i18next;
}

/** Sets `<html lang dir>` to the language, so screen readers and the layout follow it. */
function setDocumentLanguage(language: Language) {
  // Not in the build-time render of the start page, which has no document (src/prerender.tsx).
  if (typeof document === 'undefined') return;
  document.documentElement.lang = language;
  document.documentElement.dir = languageInfo(language).dir;
}

/** Shows a translated string as its key in double brackets (development only). */
export const pseudoKeys = {
  type: 'postProcessor' as const,
  name: 'pseudo-keys',
  process: (_value: string, key: string | string[]) => `[[${[key].flat().join(', ')}]]`,
};

/** Switches the UI language, loading its strings first. */
export async function changeLanguage(language: Language) {
  if (i18next.language === language) return;
  await i18next.changeLanguage(language);
  setDocumentLanguage(language);
}

/** What a formatter shows for a value that is not a date or a number. */
const NO_VALUE = '–';

/**
 * Formats a date for the current UI language, e.g. "21 november 2026" (or, in the
 * `medium` style, "21 nov. 2026"): a moment (ms) or a day (YYYY-MM-DD). Total: never throws. A moment beyond what a date
 * can hold shows as "–"; a day that is no date shows as written.
 */
export function formatDate(
  value: number | string,
  language: Language,
  style: 'long' | 'medium' = 'long',
): string {
  const date = typeof value === 'number' ? new Date(value) : new Date(`${value}T12:00:00`);
  if (Number.isNaN(date.getTime())) return typeof value === 'string' ? value : NO_VALUE;
  try {
    return new Intl.DateTimeFormat(languageInfo(language).locale, { dateStyle: style }).format(
      date,
    );
  } catch {
    return date.toISOString().slice(0, 10);
  }
}

/** Formats a moment (ms) with its time of day, e.g. "21 november 2026 14:03". Total, like formatDate. */
export function formatDateTime(value: number, language: Language): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return NO_VALUE;
  try {
    return new Intl.DateTimeFormat(languageInfo(language).locale, {
      dateStyle: 'long',
      timeStyle: 'short',
    }).format(date);
  } catch {
    return date.toISOString();
  }
}

/**
 * Formats a share (0–1) as a whole percentage, e.g. "80 %" in Swedish. Total:
 * never throws; a value that is not a finite number shows as "–".
 */
export function formatPercent(value: number, language: Language): string {
  if (!Number.isFinite(value)) return NO_VALUE;
  return new Intl.NumberFormat(languageInfo(language).locale, {
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
