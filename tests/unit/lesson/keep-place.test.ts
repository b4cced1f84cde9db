import { afterEach, describe, expect, it, vi } from 'vitest';
import { placeIn, restorePlace } from '@/features/lesson/keep-place';

/**
 * A page of blocks laid out one under the other, `height` px each, as if the
 * window were scrolled to `scrollY` (jsdom has no layout of its own).
 */
function page(tags: string[], height: number, scrollY: number) {
  const root = document.createElement('div');
  tags.forEach((tag, i) => {
    const el = document.createElement(tag);
    el.textContent = `${tag} ${i}`;
    el.getBoundingClientRect = () => {
      const top = i * height - window.scrollY;
      return { top, bottom: top + height } as DOMRect;
    };
    root.append(el);
  });
  Object.defineProperty(window, 'scrollY', { value: scrollY, configurable: true });
  return root;
}

const scrolledBy = () => {
  const scrollBy = vi.fn();
  window.scrollBy = scrollBy as unknown as typeof window.scrollBy;
  return scrollBy;
};

afterEach(() => {
  Object.defineProperty(window, 'scrollY', { value: 0, configurable: true });
});

describe('the reader’s place', () => {
  it('is nothing at the very top of the page', () => {
    expect(placeIn(page(['h2', 'p'], 100, 0))).toBeNull();
  });

  it('is the first block not above the screen, and the heading of its section', () => {
    // Blocks 100 px tall, scrolled 450 px: block 4 (a paragraph) is cut at the top.
    const place = placeIn(page(['h2', 'p', 'h2', 'p', 'p', 'h2', 'p'], 100, 450));
    expect(place).toEqual({
      block: 4,
      blockCount: 7,
      heading: 1,
      blockOffset: -50,
      headingOffset: -250,
    });
  });

  it('comes back to the same block when the other language has the same blocks', () => {
    const before = page(['h2', 'p', 'h2', 'p', 'p', 'h2', 'p'], 100, 450);
    const place = placeIn(before)!;
    // In the other language each block is 150 px tall, and the page has lost its scroll.
    const after = page(['h2', 'p', 'h2', 'p', 'p', 'h2', 'p'], 150, 0);
    const scrollBy = scrolledBy();
    restorePlace(after, place);
    // Block 4 starts at 600 px; it sat 50 px above the screen's top.
    expect(scrollBy).toHaveBeenCalledWith({ top: 650, behavior: 'instant' });
  });

  it('shows the heading of the section at the top when the paragraphs differ', () => {
    const place = placeIn(page(['h2', 'p', 'h2', 'p', 'p', 'h2', 'p'], 100, 450))!;
    const after = page(['h2', 'p', 'p', 'h2', 'p', 'h2', 'p', 'p'], 100, 0);
    const scrollBy = scrolledBy();
    restorePlace(after, place);
    // The second heading is block 3 here, at 300 px.
    expect(scrollBy).toHaveBeenCalledWith({ top: 300, behavior: 'instant' });
  });
});
