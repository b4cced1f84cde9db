import { describe, expect, it } from 'vitest';
import { certificateState } from '@/features/certificate/certificate-facts';
import { catalogue, finished } from '../progress/fixtures';

describe('certificateState', () => {
  it('lists the required modules not passed yet, and ignores optional ones', () => {
    const state = certificateState(catalogue.modules, {
      'what-is-corruption': [finished('a', 0, 0.9)],
      'bribery-and-the-law': [finished('b', 0, 0.5), finished('c', 1, 1, { mode: 'wrong-only' })],
    });
    expect(state.complete).toBe(false);
    expect(!state.complete && state.missing.map((m) => m.id)).toEqual(['bribery-and-the-law']);
  });

  it('dates completion on the day the last required module was first passed', () => {
    const state = certificateState(catalogue.modules, {
      'what-is-corruption': [finished('a', 0, 0.8), finished('a2', 9, 1)],
      'bribery-and-the-law': [finished('b', 2, 0.6), finished('b2', 4, 0.9), finished('b3', 6, 1)],
    });
    expect(state.complete).toBe(true);
    if (!state.complete) return;
    expect(state.completedAt).toBe(Date.UTC(2026, 10, 25, 12));
    expect(state.modules.map((m) => [m.id, m.best])).toEqual([
      ['what-is-corruption', 1],
      ['bribery-and-the-law', 1],
    ]);
  });

  it('does not count a practice round as the best score', () => {
    const state = certificateState(catalogue.modules, {
      'what-is-corruption': [finished('a', 0, 0.8), finished('p', 1, 1, { mode: 'wrong-only' })],
      'bribery-and-the-law': [finished('b', 0, 0.9)],
    });
    expect(state.complete && state.modules[0]?.best).toBe(0.8);
  });
});
