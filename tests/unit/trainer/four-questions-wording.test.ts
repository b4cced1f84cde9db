import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FOUR_QUESTIONS } from '../../content/four-questions';

const strings = (language: string, namespace: string) =>
  JSON.parse(readFileSync(`src/locales/${language}/${namespace}.json`, 'utf8'));

describe("the trainer pages ask the four questions in the course's own wording", () => {
  for (const language of ['sv', 'en'] as const) {
    it(`on the slide and in the session plan (${language})`, () => {
      const { why, need, employer, outside } = strings(language, 'trainer').agenda.fourQuestions;
      expect([why, need, employer, outside]).toEqual([...FOUR_QUESTIONS[language]]);
    });

    it(`in the facilitator's notes at the end of a dilemma (${language})`, () => {
      const text: string = strings(language, 'facilitation').notes.ending.fourQuestions;
      expect(text.endsWith(FOUR_QUESTIONS[language].join(' '))).toBe(true);
    });
  }
});
