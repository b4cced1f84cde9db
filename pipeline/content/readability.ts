import type { Block, Inline, ModuleContent } from './resolved.ts';

/**
 * LIX (läsbarhetsindex), the usual Swedish readability measure: words per
 * sentence plus the share of long words (over six letters) in per cent.
 * Around 40 is plain everyday prose; over 50 is officialese.
 */
export function lix(text: string): number {
  const plain = text
    .replace(/\[([^\]]+)\]\([^)]+\)/g, '$1')
    .replace(/[*#>_`]/g, ' ')
    .replace(/^\s*[-\d.]+\s+/gm, '');
  const words = plain.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  // List items and headings end a sentence too, even without a full stop.
  const sentences = plain
    .split(/[.!?:]+(?:\s|$)|\n\s*\n|\n(?=\s*\S)/)
    .filter((s) => /\p{L}/u.test(s)).length;
  if (words.length === 0 || sentences === 0) return 0;
  const long = words.filter((w) => w.replace(/[-'’]/g, '').length > 6).length;
  return words.length / sentences + (long * 100) / words.length;
}

const inlineText = (nodes: Inline[]): string =>
  nodes.map((n) => (n.t === 'text' ? n.v : inlineText(n.c))).join('');

const blockText = (blocks: Block[]): string =>
  blocks
    .map((b) =>
      b.t === 'p' || b.t === 'h'
        ? inlineText(b.c)
        : b.t === 'quote'
          ? blockText(b.c)
          : b.items.map(inlineText).join('\n'),
    )
    .join('\n\n');

/** A module's lesson pages as plain text (titles, bodies and key points), for readability checks. */
export function moduleLessonText(module: ModuleContent): string {
  return module.lessons
    .map((l) => `${l.title}\n\n${blockText(l.body)}\n\n${l.keyPoint}`)
    .join('\n\n');
}
