import { describe, expect, it } from 'vitest';
import { certificateState } from '@/features/certificate/certificate-facts';
import { catalogue, finished } from '../progress/fixtures';

describe('certificateState', () => {
  it('lists the core modules not passed yet, and does not ask for a track', () => {
    const state = certificateState(catalogue, {
      'what-is-corruption': [finished('a', 0, 0.9)],
      'bribery-and-the-law': [finished('b', 0, 0.5), finished('c', 1, 1, { mode: 'wrong-only' })],
    });
    expect(state.complete).toBe(false);
    expect(!state.complete && state.missing.map((m) => m.id)).toEqual(['bribery-and-the-law']);
  });

  it('dates completion on the day the last core module was first passed', () => {
    const state = certificateState(catalogue, {
      'what-is-corruption': [finished('a', 0, 0.8), finished('a2', 9, 1)],
      'bribery-and-the-law': [finished('b', 2, 0.6), finished('b2', 4, 0.9), finished('b3', 6, 1)],
    });
    expect(state.complete).toBe(true);
    if (!state.complete) return;
    expect(state.completedAt).toBe(Date.UTC(2026, 10, 25, 12));
    expect(state.core.map((m) => [m.id, m.best])).toEqual([
      ['what-is-corruption', 1],
      ['bribery-and-the-law', 1],
    ]);
    expect(state.tracks).toEqual([]);
  });

  it('names a track once all its modules are passed, and dates the certificate by it', () => {
    const state = certificateState(catalogue, {
      'what-is-corruption': [finished('a', 0, 0.8)],
      'bribery-and-the-law': [finished('b', 1, 0.9)],
      'extra-reading': [finished('c', 3, 0.85)],
    });
    if (!state.complete) throw new Error('expected a certificate');
    expect(state.tracks).toEqual([
      {
        id: 'deeper',
        title: 'Fördjupning',
        modules: [expect.objectContaining({ id: 'extra-reading', best: 0.85 })],
      },
    ]);
    expect(state.completedAt).toBe(Date.UTC(2026, 10, 24, 12));
  });

  it('leaves out a track that is begun but not passed', () => {
    const state = certificateState(catalogue, {
      'what-is-corruption': [finished('a', 0, 0.8)],
      'bribery-and-the-law': [finished('b', 1, 0.9)],
      'extra-reading': [finished('c', 3, 0.5)],
    });
    expect(state.complete && state.tracks).toEqual([]);
  });

  it('does not count a practice round as the best score', () => {
    const state = certificateState(catalogue, {
      'what-is-corruption': [finished('a', 0, 0.8), finished('p', 1, 1, { mode: 'wrong-only' })],
      'bribery-and-the-law': [finished('b', 0, 0.9)],
    });
    expect(state.complete && state.core[0]?.best).toBe(0.8);
  });
});
