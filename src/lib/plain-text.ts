/**
 * Characters that change how text is shown without being seen: bidirectional
 * overrides, embeddings and isolates (U+202A–U+202E, U+2066–U+2069), the
 * direction marks (U+200E, U+200F, U+061C), zero-width spaces and joiners
 * (U+200B–U+200D, U+2060) and the invisible operators and byte order mark
 * (U+2061–U+2065, U+FEFF). In a name or a title they can reverse text on
 * screen, hide part of it, or make two names look alike ("Anna" and
 * "An\u200Bna"), on the certificate, in the trainer's table and in the CSV.
 */
const HIDDEN = /[\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g;
const ANY_HIDDEN = new RegExp(HIDDEN.source);

/** Whether `text` holds a bidirectional control or an invisible character (see above). */
export function hasHiddenCharacters(text: string): boolean {
  return ANY_HIDDEN.test(text);
}

/** `text` without bidirectional controls and invisible characters; what is left is shown as written. */
export function withoutHiddenCharacters(text: string): string {
  return text.replace(HIDDEN, '');
}
