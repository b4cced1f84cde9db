/** How a dilemma's step reads, for the interface around it. Pure. */
import type { Inline, RichText } from '@/types/content';

const textOf = (nodes: readonly Inline[]): string =>
  nodes.map((node) => (node.t === 'text' ? node.v : textOf(node.c))).join('');

/**
 * Whether a step's text ends with a question to the learner ("… Vad gör du?"), so the
 * choices need no heading that asks it again.
 */
export function endsWithQuestion(text: RichText): boolean {
  const last = text.at(-1);
  return last?.t === 'p' && textOf(last.c).trimEnd().endsWith('?');
}
