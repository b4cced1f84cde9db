/**
 * How long a dilemma takes with a group, from its content. The course's own estimate
 * (pipeline/content/estimate.ts) is for one person reading; a group reads aloud and talks at
 * every decision, so this counts, on the dilemma's longest path (the most decisions):
 * - the words read aloud (the intro, each situation, the discussion prompt and the choices) at
 *   READ_ALOUD_WORDS_PER_MINUTE;
 * - MINUTES_PER_DECISION at each decision: think alone, talk in pairs, vote, see the answers and
 *   talk about the rule.
 * The sum is rounded to the nearest 5 minutes, never below 5: a session plan is made in blocks of
 * five minutes, so it is rounder than the learner's own estimate (src/lib/estimate.ts).
 */
import type { Block, Inline, RichText, Scenario } from '@/types/content';

export const READ_ALOUD_WORDS_PER_MINUTE = 130;
export const MINUTES_PER_DECISION = 3;

const sessionMinutes = (minutes: number): number => Math.max(5, Math.round(minutes / 5) * 5);

const inlineText = (nodes: readonly Inline[]): string =>
  nodes.map((n) => (n.t === 'text' ? n.v : inlineText(n.c))).join('');

function blockText(block: Block): string {
  if ('items' in block) return block.items.map(inlineText).join(' ');
  if (block.t === 'quote') return block.c.map(blockText).join(' ');
  return inlineText(block.c);
}

/** The words of a rich text value. */
export const richTextWords = (value: RichText): number =>
  countWords(value.map(blockText).join(' '));

const countWords = (text: string) => text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;

export interface DilemmaTime {
  /** Decisions on the longest path. */
  decisions: number;
  /** Words read aloud on that path. */
  words: number;
  /** The group's time, rounded to 5 minutes. */
  minutes: number;
}

/** The dilemma's group time, on the path with the most decisions (the most words among equals). */
export function dilemmaTime(scenario: Scenario): DilemmaTime {
  const steps = new Map(scenario.steps.map((s) => [s.id, s]));
  let longest = { decisions: 0, words: 0 };
  const walk = (id: string, decisions: number, words: number, seen: ReadonlySet<string>) => {
    const step = steps.get(id);
    if (!step || seen.has(id)) {
      if (
        decisions > longest.decisions ||
        (decisions === longest.decisions && words > longest.words)
      ) {
        longest = { decisions, words };
      }
      return;
    }
    const here =
      words +
      richTextWords(step.text) +
      countWords(step.discussion) +
      step.choices.reduce((n, c) => n + countWords(c.text), 0);
    for (const choice of step.choices)
      walk(choice.next, decisions + 1, here, new Set([...seen, id]));
  };
  walk(scenario.start, 0, richTextWords(scenario.intro), new Set());
  const raw =
    longest.words / READ_ALOUD_WORDS_PER_MINUTE + longest.decisions * MINUTES_PER_DECISION;
  return { ...longest, minutes: sessionMinutes(raw) };
}
