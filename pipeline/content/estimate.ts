/**
 * How long a module takes, computed from its Swedish text (the source language)
 * so that every language shows the same estimate. Authors never write it.
 *
 * - lesson words / 200 per minute;
 * - 40 s per quiz question drawn;
 * - per dilemma: the words on its longest path (the intro, each step's text and
 *   all its choices' texts, the consequence of the choice taken, the ending)
 *   / 200, plus 30 s per decision (counted as 100 words).
 */
import type { ModuleStructure, ModuleText } from './schema.ts';

const WORDS_PER_MINUTE = 200;
const SECONDS_PER_QUESTION = 40;
/** 30 s of reading at 200 words a minute. */
const WORDS_PER_DECISION = 100;

/** Words in a text: whitespace-separated pieces with at least one letter. */
export function countWords(text: string | undefined): number {
  return (text ?? '').split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
}

type Scenario = ModuleStructure['scenarios'][number];
type ScenarioText = ModuleText['scenarios'][string];

/** Words on the dilemma's longest path, decisions counted as words. */
function longestPathWords(s: Scenario, text: ScenarioText | undefined): number {
  const steps = new Map(s.steps.map((st) => [st.id, st]));
  const endings = new Set(s.endings.map((e) => e.id));
  let longest = 0;
  const walk = (id: string, words: number, decisions: number, seen: Set<string>) => {
    if (endings.has(id)) {
      const total = words + countWords(text?.endings[id]?.text) + decisions * WORDS_PER_DECISION;
      longest = Math.max(longest, total);
      return;
    }
    const step = steps.get(id);
    // A broken graph is reported by the loader; here it only stops the walk.
    if (!step || seen.has(id)) return;
    const stepText = text?.steps[id];
    const base =
      words +
      countWords(stepText?.text) +
      step.choices.reduce((n, c) => n + countWords(stepText?.choices[c.id]?.text), 0);
    const next = new Set([...seen, id]);
    for (const c of step.choices) {
      walk(c.next, base + countWords(stepText?.choices[c.id]?.consequence), decisions + 1, next);
    }
  };
  walk(s.start, countWords(text?.intro), 0, new Set());
  return longest;
}

/** The module's estimated minutes, unrounded. */
export function estimateMinutes(structure: ModuleStructure, text: ModuleText): number {
  const lessonWords = structure.lessons.reduce(
    (n, l) => n + countWords(text.lessons[l.id]?.body),
    0,
  );
  const dilemmaWords = structure.scenarios.reduce(
    (n, s) => n + longestPathWords(s, text.scenarios[s.id]),
    0,
  );
  return (
    (lessonWords + dilemmaWords) / WORDS_PER_MINUTE +
    (structure.quiz.draw * SECONDS_PER_QUESTION) / 60
  );
}
