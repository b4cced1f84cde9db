/** A sentence of a block's text: where it starts and ends in that text, and the text itself. */
export interface Sentence {
  start: number;
  end: number;
  text: string;
}

/**
 * Splits `text` into sentences for `locale`, with Intl.Segmenter where the browser has it and a
 * plain rule otherwise (a sentence ends at . ! ? or … followed by a space). Sentences with nothing
 * to say (only spaces or punctuation) are left out; offsets point into `text` as given.
 */
export function splitSentences(text: string, locale: string): Sentence[] {
  const pieces =
    typeof Intl !== 'undefined' && 'Segmenter' in Intl
      ? [...new Intl.Segmenter(locale, { granularity: 'sentence' }).segment(text)].map((s) => ({
          start: s.index,
          text: s.segment,
        }))
      : fallbackPieces(text);
  return pieces.flatMap(({ start, text: piece }) => trimmed(start, piece));
}

/** The fallback: cut after sentence-ending punctuation (and any closing quote) before a space. */
export function fallbackPieces(text: string): { start: number; text: string }[] {
  const pieces: { start: number; text: string }[] = [];
  const end = /[.!?…]+["'”’)]*\s+/g;
  let start = 0;
  for (let match = end.exec(text); match; match = end.exec(text)) {
    const cut = match.index + match[0].length;
    pieces.push({ start, text: text.slice(start, cut) });
    start = cut;
  }
  if (start < text.length) pieces.push({ start, text: text.slice(start) });
  return pieces;
}

function trimmed(start: number, piece: string): Sentence[] {
  const lead = piece.length - piece.trimStart().length;
  const text = piece.trim();
  if (!/[\p{L}\p{N}]/u.test(text)) return [];
  return [{ start: start + lead, end: start + lead + text.length, text }];
}
