import { renderHook } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { useScoreSummary } from '@/hooks/use-score-summary';
import { useAppStore } from '@/store/store';
import { blankState, finished } from '../progress/fixtures';
import { setupI18n } from '../render';

beforeAll(async () => {
  await setupI18n('sv');
  useAppStore.getState().replaceAll(blankState());
});

/** The sentence, with the no-break space before % read as a space. */
const summary = (attempts: Parameters<ReturnType<typeof useScoreSummary>>[0]) =>
  renderHook(() => useScoreSummary())
    .result.current(attempts)
    ?.replace(/\s/g, ' ');

describe('the best and latest score, in one sentence', () => {
  it('is nothing before a finished attempt', () => {
    expect(summary(undefined)).toBeUndefined();
  });

  it('names the best alone when the latest full quiz is the best', () => {
    expect(summary([finished('a', 0, 0.6), finished('b', 1, 0.8)])).toBe('Bästa resultat: 80 %.');
  });

  it('names both when the latest full quiz is below the best', () => {
    expect(summary([finished('a', 0, 0.8), finished('b', 1, 0.6)])).toBe(
      'Bästa resultat: 80 %. Senaste: 60 %.',
    );
  });

  it('names a latest practice round as one that does not count', () => {
    const practice = finished('b', 1, 1, { mode: 'wrong-only' });
    expect(summary([finished('a', 0, 0.6), practice])).toBe(
      'Bästa resultat: 60 %. Senaste övningsomgång: 100 % (räknas inte).',
    );
    expect(summary([practice])).toBe('Senaste övningsomgång: 100 % (räknas inte).');
  });
});
