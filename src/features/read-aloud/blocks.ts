/**
 * The readable blocks of a page region and the ranges of their sentences. The page's own
 * elements are read as they are: nothing is added to or rewritten in them.
 */
import { type Sentence, splitSentences } from './sentences';

/** Elements read as one block each; the innermost wins where they nest (a label in a list item). */
const BLOCKS = 'h1, h2, h3, h4, p, li, legend, label, dt, dd, blockquote, summary, th, td';

/** Where the text is not meant to be read aloud: hidden, marked as decoration, or said to skip. */
const SKIP =
  '[hidden], [aria-hidden="true"], [data-read-aloud="skip"], details:not([open]) > :not(summary)';

export interface ReadableSentence extends Sentence {
  block: Element;
}

/** The blocks of `region` in reading order, each with text; `region` itself if it has none. */
export function readableBlocks(region: Element): Element[] {
  const candidates = [...region.querySelectorAll(BLOCKS)].filter(
    (el) => !el.closest(SKIP) && !el.querySelector(BLOCKS) && hasWords(el.textContent),
  );
  if (candidates.length > 0) return candidates;
  return hasWords(region.textContent) ? [region] : [];
}

/** Every sentence of `region`, block by block, in reading order. */
export function readableSentences(region: Element, locale: string): ReadableSentence[] {
  return readableBlocks(region).flatMap((block) =>
    splitSentences(block.textContent ?? '', locale).map((s) => ({ ...s, block })),
  );
}

/**
 * A DOM range over characters `start`–`end` of `block`'s text (as textContent counts them),
 * for the highlight; undefined when the block's text has changed since it was split.
 */
export function rangeOf(block: Element, start: number, end: number): Range | undefined {
  const doc = block.ownerDocument;
  const walker = doc.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  const range = doc.createRange();
  let offset = 0;
  let started = false;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = node.nodeValue?.length ?? 0;
    if (!started && start < offset + length) {
      range.setStart(node, start - offset);
      started = true;
    }
    if (started && end <= offset + length) {
      range.setEnd(node, end - offset);
      return range;
    }
    offset += length;
  }
  return undefined;
}

function hasWords(text: string | null) {
  return /[\p{L}\p{N}]/u.test(text ?? '');
}
