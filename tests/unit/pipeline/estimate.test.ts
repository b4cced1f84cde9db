import { describe, expect, it } from 'vitest';
import { countWords, estimateMinutes } from '../../../pipeline/content/estimate.ts';
import type { ModuleStructure, ModuleText } from '../../../pipeline/content/schema.ts';

const words = (n: number) => Array.from({ length: n }, () => 'ord').join(' ');

const structure: ModuleStructure = {
  glossary: [],
  lessons: [{ id: 'a', sources: [], employer: false }],
  quiz: { draw: 3, questions: [] },
  scenarios: [
    {
      id: 's',
      start: 'one',
      steps: [
        {
          id: 'one',
          choices: [
            { id: 'short', next: 'end-short', quality: 'good', sources: [] },
            { id: 'long', next: 'two', quality: 'poor', sources: [] },
          ],
        },
        {
          id: 'two',
          choices: [
            { id: 'x', next: 'end-short', quality: 'poor', sources: [] },
            { id: 'y', next: 'end-long', quality: 'poor', sources: [] },
          ],
        },
      ],
      endings: [
        { id: 'end-short', rating: 'good' },
        { id: 'end-long', rating: 'poor' },
      ],
    },
  ],
};

const choice = (text: number, consequence: number) => ({
  text: words(text),
  consequence: words(consequence),
  rule: 'r',
});

const text: ModuleText = {
  title: 't',
  summary: 's',
  lessons: { a: { title: 't', body: words(400), keyPoint: 'k' } },
  quiz: { questions: {} },
  glossary: {},
  scenarios: {
    s: {
      title: 't',
      intro: words(10),
      steps: {
        one: { text: words(20), choices: { short: choice(5, 5), long: choice(5, 30) } },
        two: { text: words(20), choices: { x: choice(5, 5), y: choice(5, 5) } },
      },
      endings: {
        'end-short': { title: 't', text: words(10) },
        'end-long': { title: 't', text: words(40) },
      },
    },
  },
};

describe('the time estimate', () => {
  it('counts words with a letter in them, not numbers or marks', () => {
    expect(countWords('Tre ord här, 2026 – [länk](term:x)\n\nfyra')).toBe(5);
    expect(countWords(undefined)).toBe(0);
  });

  it('adds lesson words at 200 a minute, 40 s a question drawn and each dilemma’s longest path', () => {
    // Longest path: intro 10, step one 20 + 5 + 5, consequence 30, step two 20 + 5 + 5,
    // consequence 5, ending 40, and two decisions of 100 words each = 345 words.
    const minutes = estimateMinutes(structure, text);
    expect(minutes).toBeCloseTo(400 / 200 + (3 * 40) / 60 + 345 / 200, 10);
  });
});
