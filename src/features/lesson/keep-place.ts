/**
 * A reader's place in a page of text, kept across a language switch. Text
 * lengths differ between languages, so the place is not a pixel offset but the
 * block (heading, paragraph, list item) at the top of the screen, by its index,
 * and how far its top sat from the screen's top. Both languages have the same
 * headings in the same order; paragraphs usually match too, and where their
 * count differs the section's heading (the last one above the place) is shown
 * at the top instead.
 */

const BLOCKS = 'h1, h2, h3, h4, p, li, blockquote';
const HEADINGS = 'h1, h2, h3, h4';

export interface Place {
  /** The first block whose bottom is below the screen's top. */
  block: number;
  blockCount: number;
  /** The last heading at or above that block. */
  heading: number;
  /** How far the block's (or heading's) top was from the screen's top, in px. */
  blockOffset: number;
  headingOffset: number;
}

const blocksOf = (root: HTMLElement) => [...root.querySelectorAll<HTMLElement>(BLOCKS)];

/** Where the reader is in `root`, or null at the very top (nothing to keep). */
export function placeIn(root: HTMLElement): Place | null {
  if (window.scrollY <= 0) return null;
  const blocks = blocksOf(root);
  const block = blocks.findIndex((el) => el.getBoundingClientRect().bottom > 0);
  if (block < 0) return null;
  const headings = blocks.slice(0, block + 1).filter((el) => el.matches(HEADINGS));
  const heading = headings.at(-1);
  return {
    block,
    blockCount: blocks.length,
    heading: heading ? headings.length - 1 : -1,
    blockOffset: blocks[block]!.getBoundingClientRect().top,
    headingOffset: heading?.getBoundingClientRect().top ?? 0,
  };
}

/** Scrolls `root` back to `place`, as well as its blocks now allow. */
export function restorePlace(root: HTMLElement, place: Place): void {
  const blocks = blocksOf(root);
  let target: HTMLElement | undefined;
  let offset = 0;
  if (blocks.length === place.blockCount) {
    target = blocks[place.block];
    offset = place.blockOffset;
  } else if (place.heading >= 0) {
    // The paragraphs do not match, so the place inside the section is unknown: show its heading.
    target = blocks.filter((el) => el.matches(HEADINGS))[place.heading];
    offset = Math.max(place.headingOffset, 0);
  }
  if (!target) return;
  window.scrollBy({ top: target.getBoundingClientRect().top - offset, behavior: 'instant' });
}
