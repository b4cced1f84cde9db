/**
 * Marks the sentence being read. Where the browser has the CSS Custom Highlight API, the
 * sentence itself is painted (`::highlight(read-aloud)`) without touching the page's elements,
 * so neither React's tree nor what a screen reader reads changes. Elsewhere the block that holds
 * the sentence gets a class instead.
 */
import { rangeOf, type ReadableSentence } from './blocks';

export const HIGHLIGHT_NAME = 'read-aloud';
export const BLOCK_CLASS = 'read-aloud-current';

interface HighlightRegistry {
  set: (name: string, highlight: unknown) => void;
  delete: (name: string) => void;
}

function registry():
  { highlights: HighlightRegistry; Highlight: new (range: Range) => unknown } | undefined {
  const css = (globalThis as { CSS?: { highlights?: HighlightRegistry } }).CSS;
  const Highlight = (globalThis as { Highlight?: new (range: Range) => unknown }).Highlight;
  return css?.highlights && Highlight ? { highlights: css.highlights, Highlight } : undefined;
}

/** A marker that shows one sentence at a time; `show(undefined)` clears it. */
export function createHighlighter() {
  let marked: Element | undefined;
  const api = registry();
  const clear = () => {
    marked?.classList.remove(BLOCK_CLASS);
    marked = undefined;
    api?.highlights.delete(HIGHLIGHT_NAME);
  };
  return {
    show(sentence: ReadableSentence | undefined) {
      clear();
      if (!sentence) return;
      const range = api && rangeOf(sentence.block, sentence.start, sentence.end);
      if (api && range) {
        api.highlights.set(HIGHLIGHT_NAME, new api.Highlight(range));
      } else {
        marked = sentence.block;
        marked.classList.add(BLOCK_CLASS);
      }
      if (typeof sentence.block.scrollIntoView === 'function') {
        sentence.block.scrollIntoView({ block: 'nearest' });
      }
    },
    clear,
  };
}
