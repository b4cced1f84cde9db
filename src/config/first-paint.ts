/**
 * What the page knows before its first paint, decided in one place: the language a first visit
 * starts in, and whether the start page prerendered into index.html is the right page to show.
 * The build copies these functions into a small inline script in <head> (pipeline/prerender.ts),
 * and the app calls the same functions, so the two cannot disagree
 * (docs/decisions/0008-prerendered-start-page.md).
 *
 * Each function must stay self-contained (no imports, no names from outside it, plain ES5-ish
 * syntax): the build takes its source text as it is.
 */

/**
 * The course language a first visit starts in: the first of the browser's preferred languages
 * (`navigator.languages`, e.g. `['en-GB', 'sv']`) that the course has, matched on the primary
 * subtag; otherwise `fallback` (Swedish). A language the learner has chosen is stored and wins
 * over this (the store reads it first).
 */
export function browserLanguage(
  preferred: readonly string[],
  codes: readonly string[],
  fallback: string,
): string {
  for (let i = 0; i < preferred.length; i++) {
    const primary = String(preferred[i]).toLowerCase().split('-')[0];
    if (primary && codes.indexOf(primary) !== -1) return primary;
  }
  return fallback;
}

/**
 * Whether the prerendered start page (Swedish, first visit, nothing stored) is the page to show:
 * the address is the start page (`''`, `#`, `#/`, with or without a query), nothing is stored,
 * and the language is the one the page was rendered in.
 */
export function showsPrerendered(
  hash: string,
  stored: boolean,
  language: string,
  renderedLanguage: string,
): boolean {
  const path = hash.replace(/^#/, '').split('?')[0];
  return !stored && (path === '' || path === '/') && language === renderedLanguage;
}

/** On `#root` when index.html holds the prerendered start page (removed once the app runs). */
export const PRERENDERED_ATTRIBUTE = 'data-prerendered';

/** Set on `<html>` (`data-prerender="off"`) when the prerendered page is not the page to show. */
export const PRERENDER_OFF_ATTRIBUTE = 'data-prerender';
