import { describe, expect, it } from 'vitest';
import { withinLimit } from '@/store/progress-slice';
import type { QuizAttempt } from '@/store/schema';

const attempt = (i: number, extra: Partial<QuizAttempt> = {}): QuizAttempt => ({
  id: `a${i}`,
  mode: 'fresh',
  startedAt: i,
  updatedAt: i,
  finishedAt: i,
  passMark: 0.8,
  questions: [{ id: 'q', options: ['a'] }],
  answers: {},
  score: 0.2,
  passed: false,
  ...extra,
});

describe('withinLimit', () => {
  it('leaves a short history alone', () => {
    const attempts = [attempt(1), attempt(2)];
    expect(withinLimit(attempts, 5)).toBe(attempts);
  });

  it('drops the oldest practice rounds first, and never the best or the open attempt', () => {
    const attempts = [
      attempt(1, { score: 1, passed: true }),
      attempt(2, { mode: 'wrong-only' }),
      attempt(3),
      attempt(4, { mode: 'wrong-only' }),
      attempt(5),
      attempt(6, { finishedAt: undefined, score: undefined, passed: undefined }),
    ];
    const kept = withinLimit(attempts, 4).map((a) => a.id);
    expect(kept).toEqual(['a1', 'a3', 'a5', 'a6']);
  });
});
