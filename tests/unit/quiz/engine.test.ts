import { describe, expect, it } from 'vitest';
import {
  allAnswered,
  createAttempt,
  isCorrect,
  isPassed,
  resolveAttempt,
  scoreAttempt,
  wrongQuestionIds,
} from '@/features/quiz/engine';
import type { Question, Quiz } from '@/types/content';

/** A seeded generator, so draws are repeatable. */
function seeded(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1664525 + 1013904223) % 2 ** 32;
    return s / 2 ** 32;
  };
}

const question = (
  id: string,
  type: Question['type'],
  correct: string[],
  ids = ['a', 'b', 'c', 'd'],
): Question => ({
  id,
  type,
  prompt: id,
  explanation: '',
  sources: ['s'],
  recall: false,
  options: (type === 'truefalse' ? ['true', 'false'] : ids).map((o) => ({
    id: o,
    correct: correct.includes(o),
    text: o,
    feedback: '',
  })),
});

const quiz: Quiz = {
  draw: 3,
  questions: [
    question('q1', 'single', ['a']),
    question('q2', 'multiple', ['a', 'c']),
    question('q3', 'truefalse', ['true']),
    question('q4', 'single', ['d']),
    question('q5', 'single', ['b']),
  ],
};

const newAttempt = (seed = 1, extra: Partial<Parameters<typeof createAttempt>[0]> = {}) =>
  createAttempt({ quiz, passMark: 0.8, mode: 'fresh', random: seeded(seed), now: 1000, ...extra });

describe('drawing an attempt', () => {
  it('draws the configured number of different questions from the pool', () => {
    const attempt = newAttempt();
    expect(attempt.questions).toHaveLength(3);
    expect(new Set(attempt.questions.map((q) => q.id)).size).toBe(3);
    expect(attempt.answers).toEqual({});
  });

  it('draws a random set, asks it in the pool order (easy to hard), shuffles options but not true/false', () => {
    const poolOrder = quiz.questions.map((q) => q.id);
    const sets = new Set<string>();
    const optionOrders = new Set<string>();
    for (let seed = 1; seed < 40; seed++) {
      const attempt = newAttempt(seed * 7_919_111, { quiz: { ...quiz, draw: 3 } });
      const ids = attempt.questions.map((q) => q.id);
      expect(ids).toEqual(poolOrder.filter((id) => ids.includes(id)));
      sets.add(ids.join());
      for (const q of attempt.questions) {
        if (q.id === 'q3') expect(q.options).toEqual(['true', 'false']);
        else {
          expect([...q.options].sort()).toEqual(['a', 'b', 'c', 'd']);
          optionOrders.add(q.options.join());
        }
      }
    }
    expect(sets.size).toBeGreaterThan(5);
    expect(optionOrders.size).toBeGreaterThan(10);
  });

  it('draws only the questions got wrong in a wrong-only retake', () => {
    const attempt = newAttempt(3, { mode: 'wrong-only', onlyQuestionIds: ['q2', 'q5'] });
    expect(attempt.questions.map((q) => q.id).sort()).toEqual(['q2', 'q5']);
    expect(attempt.mode).toBe('wrong-only');
  });
});

describe('scoring', () => {
  it('counts a multiple-choice answer right only when exactly the right options are chosen', () => {
    const q2 = quiz.questions[1]!;
    expect(isCorrect(q2, ['c', 'a'])).toBe(true);
    expect(isCorrect(q2, ['a'])).toBe(false);
    expect(isCorrect(q2, ['a', 'c', 'd'])).toBe(false);
  });

  it('scores the share right and passes at the pass mark, for a fresh draw only', () => {
    const attempt = newAttempt(5, { quiz: { ...quiz, draw: 5 } });
    const answers = Object.fromEntries(
      attempt.questions.map((q, i) => [q.id, { selected: ['a'], correct: i < 4, at: 1 }]),
    );
    const answered = { ...attempt, answers };
    expect(allAnswered(answered)).toBe(true);
    expect(scoreAttempt(answered)).toBeCloseTo(0.8);
    expect(isPassed(answered, 0.8)).toBe(true);
    expect(isPassed({ ...answered, mode: 'wrong-only' }, 1)).toBe(false);
    expect(wrongQuestionIds(answered)).toEqual([attempt.questions[4]!.id]);
  });
});

describe('resuming', () => {
  it('gives back the drawn questions with options in the drawn order', () => {
    const attempt = newAttempt(7);
    const resolved = resolveAttempt(attempt, quiz)!;
    expect(resolved.map((q) => q.id)).toEqual(attempt.questions.map((q) => q.id));
    resolved.forEach((q, i) =>
      expect(q.options.map((o) => o.id)).toEqual(attempt.questions[i]!.options),
    );
  });

  it('reports an attempt the course no longer fits, instead of showing a broken question', () => {
    const attempt = newAttempt(7);
    const removed = attempt.questions[0]!.id;
    expect(
      resolveAttempt(attempt, {
        ...quiz,
        questions: quiz.questions.filter((q) => q.id !== removed),
      }),
    ).toBeNull();
  });
});

describe('an empty pool', () => {
  it('is refused rather than stored as an attempt with no questions', () => {
    expect(() => newAttempt(1, { mode: 'wrong-only', onlyQuestionIds: ['gone'] })).toThrow();
  });
});
