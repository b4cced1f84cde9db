import { describe, expect, it } from 'vitest';
import { dilemmaTime } from '@/features/trainer/dilemma-time';
import { scenario } from './fixtures';

describe("a dilemma's time with a group", () => {
  it('counts the decisions and the words read aloud on the longest path', () => {
    // offer → follow-up → an ending: 2 decisions. Words: the intro (3), the first situation (7),
    // its prompt (5) and choices (7), the second situation (3) and its choices (5).
    expect(dilemmaTime(scenario)).toEqual({ decisions: 2, words: 30, minutes: 5 });
  });

  it('grows with the decisions: 3 minutes each, rounded to 5', () => {
    const long = {
      ...scenario,
      steps: Array.from({ length: 5 }, (_, i) => ({
        ...scenario.steps[1]!,
        id: `s${i}`,
        choices: scenario.steps[1]!.choices.map((c) => ({
          ...c,
          next: i < 4 ? `s${i + 1}` : c.next,
        })),
      })),
      start: 's0',
    };
    // 5 decisions × 3 = 15 minutes, plus under a minute of reading.
    expect(dilemmaTime(long)).toMatchObject({ decisions: 5, minutes: 15 });
  });
});
