import { describe, expect, it } from 'vitest';
import {
  emptyState,
  mergeStates,
  PERSISTED_FIELDS,
  resetState,
  withoutForgotten,
} from '@/store/persisted-fields';
import { STORAGE_KEY } from '@/store/safe-storage';
import { PersistedState, type PracticeRound } from '@/store/schema';
import { createAppStore } from '@/store/store';
import { nothingForgotten } from '@/store/tab-channel';
import { FlakyStorage } from './flaky-storage';

const keys = ['m/s/a', 'm/s/b', 'm/t/c'];

const round = (extra: Partial<PracticeRound> = {}): PracticeRound => ({
  keys,
  answers: {},
  index: 0,
  startedAt: 10,
  updatedAt: 10,
  ...extra,
});

const newStore = (storage = new FlakyStorage()) => createAppStore(storage, { syncTabs: false });

describe('the practice round in the store', () => {
  it('starts, takes the answer at the current decision once, and moves on only after it', () => {
    const store = newStore();
    store.getState().startPracticeRound(() => keys);
    expect(store.getState().practiceRound).toMatchObject({ keys, answers: {}, index: 0 });

    store.getState().nextInPracticeRound();
    expect(store.getState().practiceRound?.index).toBe(0);

    store.getState().answerInPracticeRound('m/s/b', 'x', true);
    expect(store.getState().practiceRound?.answers).toEqual({});

    store.getState().answerInPracticeRound('m/s/a', 'wrong', false);
    store.getState().answerInPracticeRound('m/s/a', 'right', true);
    expect(store.getState().practiceRound?.answers).toEqual({ 'm/s/a': 'wrong' });
    expect(store.getState().practice['m/s/a']).toMatchObject({ seen: 1, wrong: 1 });

    store.getState().nextInPracticeRound();
    expect(store.getState().practiceRound?.index).toBe(1);
  });

  it('refuses a round with no decisions or a bad key', () => {
    const store = newStore();
    store.getState().startPracticeRound(() => []);
    expect(store.getState().practiceRound).toBeUndefined();
    store.getState().startPracticeRound(() => ['not a key']);
    expect(store.getState().practiceRound).toBeUndefined();
  });

  it('is saved, and a new store on the same storage (a reload) goes on with it', () => {
    const storage = new FlakyStorage();
    const store = newStore(storage);
    store.getState().startPracticeRound(() => keys);
    store.getState().answerInPracticeRound('m/s/a', 'right', true);
    const saved = JSON.parse(storage.getItem(STORAGE_KEY)!);
    expect(saved.state.practiceRound.answers).toEqual({ 'm/s/a': 'right' });

    const reloaded = newStore(storage);
    expect(reloaded.getState().practiceRound).toEqual(store.getState().practiceRound);
  });

  it('reads a stored state without a round (today’s release) as no round', () => {
    expect(PersistedState.safeParse(emptyState()).success).toBe(true);
    const { practiceRound: _, ...withoutRound } = emptyState();
    const parsed = PersistedState.safeParse(withoutRound);
    expect(parsed.success && parsed.data.practiceRound).toBeUndefined();
  });

  it('refuses a round whose place or answers do not fit its decisions, keeping the rest', () => {
    for (const bad of [
      round({ index: 4 }),
      round({ answers: { 'm/x/y': 'a' } }),
      round({ keys: [] }),
    ]) {
      expect(PersistedState.safeParse({ ...emptyState(), practiceRound: bad }).success).toBe(false);
      expect(PERSISTED_FIELDS.practiceRound.salvage(bad)).toBeUndefined();
    }
    expect(PERSISTED_FIELDS.practiceRound.salvage(round())).toEqual(round());
  });

  it('is gone after a reset, and a copy from before a reset in another tab does not bring it back', () => {
    const state = { ...emptyState(), practiceRound: round() };
    expect(resetState(state).practiceRound).toBeUndefined();
    const forgotten = { ...nothingForgotten(), resetAt: 20 };
    expect(withoutForgotten(state, forgotten).practiceRound).toBeUndefined();
    const later = { ...state, practiceRound: round({ startedAt: 30, updatedAt: 30 }) };
    expect(withoutForgotten(later, forgotten).practiceRound).toEqual(later.practiceRound);
  });

  it('merges two tabs: the newer round wins, two copies of one round keep every answer', () => {
    const a = { ...emptyState(), practiceRound: round() };
    const newer = round({ keys: ['m/t/c'], startedAt: 50, updatedAt: 50 });
    const b = { ...emptyState(), practiceRound: newer };
    expect(mergeStates(a, b).practiceRound).toEqual(newer);
    expect(mergeStates(b, a).practiceRound).toEqual(newer);
    expect(mergeStates(a, emptyState()).practiceRound).toEqual(a.practiceRound);

    const one = round({ answers: { 'm/s/a': 'x' }, index: 1, updatedAt: 12 });
    const other = round({ answers: { 'm/s/a': 'x', 'm/s/b': 'y' }, index: 1, updatedAt: 11 });
    const merged = mergeStates(
      { ...emptyState(), practiceRound: one },
      { ...emptyState(), practiceRound: other },
    );
    expect(merged.practiceRound?.answers).toEqual({ 'm/s/a': 'x', 'm/s/b': 'y' });
    expect(
      mergeStates(
        { ...emptyState(), practiceRound: other },
        { ...emptyState(), practiceRound: one },
      ),
    ).toEqual(merged);
    expect(mergeStates(merged, merged)).toEqual(merged);
  });
});
