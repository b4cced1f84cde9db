/**
 * One wording of the four questions everywhere (the course plan's, from the
 * source article). Per paragraph of a text field:
 * - a sentence *asks* one of the questions when it ends with a question mark
 *   and touches one of the four in any wording ("varför … förmån", "nytta …
 *   arbete", "arbetsgivaren säger", "utåt" / "hur ser det ut");
 * - a paragraph that asks two or more of them, or names them and asks one,
 *   must ask each in the exact wording, and one that asks two or more must
 *   ask all four.
 * A lone question elsewhere (a dilemma's "Why would he offer me this?") and a
 * statement that applies a question ("You do not need it for your work") are
 * left alone.
 */

export const FOUR_QUESTIONS = {
  sv: [
    'Varför får jag förmånen?',
    'Har jag nytta av den i arbetet?',
    'Vad säger min arbetsgivare?',
    'Hur ser det ut utåt?',
  ],
  en: [
    'Why am I being offered it?',
    'Do I need it for my work?',
    'What does my employer say?',
    'How does it look from the outside?',
  ],
} as const;

type Language = keyof typeof FOUR_QUESTIONS;

/** A word on its own, for letters beyond ASCII too (\b does not know å, ä, ö). */
const word = (w: string) => `(?<!\\p{L})${w}(?!\\p{L})`;
const near = (a: string, b: string) => new RegExp(`${a}.*${b}|${b}.*${a}`, 'iu');

/** What counts as touching each question, in any wording. */
const TOUCHES: Record<Language, RegExp[]> = {
  sv: [
    new RegExp(`${word('varför')}.*förmån`, 'iu'),
    new RegExp(`${word('nytta')}.*(?:arbete|jobb)`, 'iu'),
    near('arbetsgivar', word('säger')),
    new RegExp(`${word('utåt')}|${word('hur ser det ut')}`, 'iu'),
  ],
  en: [
    new RegExp(`${word('why')}.*(?:offer|give|given|get|benefit|gift)`, 'iu'),
    new RegExp(`${word('(?:need|use|useful)')}.*${word('(?:work|job)')}`, 'iu'),
    near('employer', word('says?')),
    new RegExp(`${word('look')}.*${word('(?:outside|others|outsiders|public)')}`, 'iu'),
  ],
};

const NAMES_THEM: Record<Language, RegExp> = {
  sv: /fyra frågor/iu,
  en: /four questions/iu,
};

/** Plain text of a Markdown field: no emphasis, links, list marks, headings or quote marks. */
function plain(text: string): string {
  return text
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^[ \t]*(?:[-*+]|\d+[.)]|#{1,6}|>)[ \t]+/gm, '')
    .replace(/[*_`”“"„«»()]/g, ' ')
    .replace(/[’‘]/g, "'");
}

/** Paragraphs, with a lead-in ending in a colon joined to what follows it. */
function paragraphs(text: string): string[] {
  const blocks = plain(text)
    .split(/\n\s*\n/)
    .map((b) => b.trim());
  const joined: string[] = [];
  for (const block of blocks) {
    const last = joined.at(-1);
    if (last !== undefined && last.endsWith(':')) joined[joined.length - 1] = `${last}\n${block}`;
    else if (block) joined.push(block);
  }
  return joined;
}

const sentences = (paragraph: string) =>
  paragraph
    .split(/\n|(?<=[.?!])\s+|:\s+/)
    .map((s) =>
      s
        .replace(/\s+/g, ' ')
        .replace(/^[\s–—-]+/, '')
        .trim(),
    )
    .filter(Boolean);

const same = (a: string, b: string) => a.toLocaleLowerCase('sv') === b.toLocaleLowerCase('sv');

/** Problems in one text field (`where` names it in the message). */
export function fourQuestionProblems(where: string, text: string, language: Language): string[] {
  const exact = FOUR_QUESTIONS[language];
  const problems: string[] = [];
  for (const paragraph of paragraphs(text)) {
    const namesThem = NAMES_THEM[language].test(paragraph);
    const touching = sentences(paragraph).flatMap((s) => {
      if (!s.endsWith('?')) return [];
      const kinds = TOUCHES[language].flatMap((re, k) => (re.test(s) ? [k] : []));
      return kinds.length > 0 ? [{ s, kinds }] : [];
    });
    const kinds = new Set(touching.flatMap((t) => t.kinds));
    if (kinds.size === 0 || (kinds.size < 2 && !namesThem)) continue;
    for (const { s } of touching) {
      if (!exact.some((q) => same(q, s))) {
        problems.push(`${where}: "${s}" words one of the four questions differently`);
      }
    }
    if (kinds.size >= 2) {
      const missing = exact.filter((q) => !touching.some((t) => same(t.s, q)));
      if (missing.length > 0) {
        problems.push(
          `${where}: lists the four questions without ${missing.map((q) => `"${q}"`).join(', ')}`,
        );
      }
    }
  }
  return problems;
}
