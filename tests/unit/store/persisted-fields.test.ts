import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadPersisted } from '@/store/load-persisted';
import {
  emptyState,
  mergeStates,
  PERSISTED_FIELDS,
  PERSISTED_KEYS,
  persistedPart,
  resetState,
  withoutForgotten,
} from '@/store/persisted-fields';
import { PersistedState } from '@/store/schema';
import { nothingForgotten } from '@/store/tab-channel';

/** Today's fixture with something in every saved field, so each rule has work to do. */
function fullState(): PersistedState {
  const loaded = loadPersisted(readFileSync('tests/fixtures/storage/v3.json', 'utf8'));
  if (!loaded.ok || !loaded.state) throw new Error('fixture does not load');
  return {
    ...loaded.state,
    assignments: {
      'link-AbCdEfG': {
        id: 'link-AbCdEfG',
        title: 'Mutor och jäv 2026',
        organisation: 'Region Exempel',
        contact: 'anna@example.se',
        modules: ['what-is-corruption'],
        passMark: 0.8,
        acceptedAt: 1763700000000,
      },
    },
    practiceRound: {
      keys: ['what-is-corruption/inspection-lunch/the-offer'],
      answers: { 'what-is-corruption/inspection-lunch/the-offer': 'decline' },
      index: 0,
      startedAt: 1763700000000,
      updatedAt: 1763700060000,
    },
  };
}

const isEmpty = (value: unknown) =>
  typeof value === 'object' && value !== null && Object.keys(value).length === 0;

describe('the table of saved fields', () => {
  it('has one rule for every key of the stored schema, and no other', () => {
    expect(Object.keys(PERSISTED_FIELDS).sort()).toEqual(Object.keys(PersistedState.shape).sort());
    expect(PERSISTED_KEYS).toEqual(Object.keys(PersistedState.shape));
  });

  it('starts from an empty state the stored schema accepts', () => {
    expect(PersistedState.safeParse(emptyState('en')).success).toBe(true);
    expect(emptyState('en').settings.language).toBe('en');
  });

  it('takes the saved part of the store state and nothing else', () => {
    const state = fullState();
    expect(persistedPart({ ...state, extra: 1 } as PersistedState)).toEqual(state);
  });

  it('works on a fixture that fills every saved field', () => {
    const state = fullState();
    for (const key of PERSISTED_KEYS) expect(isEmpty(state[key]), key).toBe(false);
  });

  it('forgets everything on a reset but the language', () => {
    const state = fullState();
    const reset = resetState(state);
    expect(PersistedState.safeParse(reset).success).toBe(true);
    const { settings, ...rest } = reset;
    const { settings: emptySettings, ...emptyRest } = emptyState(state.settings.language);
    expect(rest).toEqual(emptyRest);
    expect({ ...settings, updatedAt: 0 }).toEqual(emptySettings);
  });

  it('keeps the read-aloud speed and voice through a reset, as it keeps the language', () => {
    const state = fullState();
    const chosen = {
      ...state,
      settings: { ...state.settings, readAloudRate: 1.25, readAloudVoice: 'urn:Alva' },
    };
    const { settings } = resetState(chosen);
    expect(PersistedState.safeParse(resetState(chosen)).success).toBe(true);
    expect(settings).toMatchObject({
      readAloudRate: 1.25,
      readAloudVoice: 'urn:Alva',
      learnerName: '',
    });
  });

  it('drops from another tab everything older than a reset this page has seen', () => {
    const state = fullState();
    const after = withoutForgotten(state, {
      ...nothingForgotten(),
      resetAt: Number.MAX_SAFE_INTEGER,
    });
    const { settings, ...rest } = after;
    const { settings: _, ...emptyRest } = emptyState();
    expect(rest).toEqual(emptyRest);
    expect(settings).toEqual(state.settings);
    expect(withoutForgotten(state, nothingForgotten())).toEqual(state);
  });

  it('merges so that nothing is lost, in either order, and settles', () => {
    const state = fullState();
    const empty = emptyState();
    expect(mergeStates(state, empty)).toEqual(state);
    expect(mergeStates(empty, state)).toEqual(state);
    expect(mergeStates(state, state)).toEqual(state);
  });
});
