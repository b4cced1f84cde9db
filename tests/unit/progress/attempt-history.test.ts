import { describe, expect, it } from 'vitest';
import { attemptHistory } from '@/features/progress/attempt-history';
import { exportFileName } from '@/features/progress/export-file';
import { finished } from './fixtures';

describe('attemptHistory', () => {
  it('numbers finished attempts, marks the best full quiz and the latest', () => {
    const history = attemptHistory([
      finished('a', 0, 0.6),
      finished('b', 1, 0.9),
      finished('c', 2, 1, { mode: 'wrong-only' }),
      { ...finished('open', 3, 0), finishedAt: undefined, score: undefined, passed: undefined },
    ]);
    expect(history.rows.map((r) => [r.number, r.outcome, r.isBest, r.isLatest])).toEqual([
      [1, 'failed', false, false],
      [2, 'passed', true, false],
      [3, 'practice', false, true],
    ]);
    expect(history.best?.score).toBe(0.9);
    expect(history.latest?.number).toBe(3);
  });

  it('has no best when every attempt was practice', () => {
    const history = attemptHistory([finished('p', 0, 1, { mode: 'wrong-only' })]);
    expect(history.best).toBeUndefined();
    expect(history.latest?.outcome).toBe('practice');
  });
});

describe('exportFileName', () => {
  it('names the file after the local date', () => {
    expect(exportFileName(new Date(2026, 0, 5, 23, 30))).toBe('mutkollen-progress-2026-01-05.json');
  });
});
