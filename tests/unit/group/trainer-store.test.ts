import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { serializeTrainer } from '@/features/group/trainer-load';
import { createTrainerStore } from '@/features/group/trainer-store';
import { TRAINER_KEY } from '@/features/group/trainer-storage';
import { createStorageStatus } from '@/store/storage-status';
import { realisticDraft } from '../assignment/arbitraries';
import { FlakyStorage } from '../store/flaky-storage';
import { group, NOW, readReceipt } from './fixtures';

const full = () => new DOMException('full', 'QuotaExceededError');

function setup(storage: Storage | null = new FlakyStorage(), syncTabs = false) {
  const status = createStorageStatus();
  const store = createTrainerStore(storage, { status, syncTabs });
  return { store, status, storage };
}

beforeEach(() => {
  vi.useFakeTimers({ now: NOW, toFake: ['Date'] });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the trainer store', () => {
  it('files receipts under their assignment, creating its group, and keeps each text once', () => {
    const { store, storage } = setup();
    const first = store
      .getState()
      .keepReceipts([readReceipt('link-a', 'Anna'), readReceipt('link-b', 'Bo')]);
    expect(first).toEqual({ added: 2, alreadyKept: 0, refused: 0 });
    const again = store
      .getState()
      .keepReceipts([readReceipt('link-a', 'Anna'), readReceipt('link-a', 'Cem')]);
    expect(again).toEqual({ added: 1, alreadyKept: 1, refused: 0 });
    const a = store.getState().groups['link-a']!;
    expect(a.title).toBe(readReceipt('link-a', 'Anna').receipt.assignment.title);
    expect(a.receipts.map((r) => r.text)).toEqual(['R2.link-a.Anna', 'R2.link-a.Cem']);
    expect(a.modules).toEqual(['what-is-corruption', 'bribery-and-the-law']);
    // Kept after a reload.
    const reloaded = setup(storage).store;
    expect(reloaded.getState().groups['link-a']!.receipts).toHaveLength(2);
  });

  it('keeps an assignment made here with its link, and receipts later join it', () => {
    const { store } = setup();
    const id = store.getState().saveAssignment('2.body.ABCDEFG', realisticDraft);
    expect(id).toBe('link-ABCDEFG');
    store.getState().keepReceipts([readReceipt(id, 'Anna')]);
    const kept = store.getState().groups[id]!;
    expect(kept.link).toEqual({ code: '2.body.ABCDEFG', draft: realisticDraft, createdAt: NOW });
    expect(kept.due).toBe(realisticDraft.due);
    expect(kept.receipts).toHaveLength(1);
  });

  it('sets a roster without repeats of one learner, only for a known group', () => {
    const { store } = setup();
    const id = store.getState().saveAssignment('2.body.ABCDEFG', realisticDraft);
    const roster = [
      { name: 'Anna', identifier: 'anna@kommun.se' },
      { name: 'Anna L', identifier: 'anna@kommun.se' },
      { name: 'Anna', identifier: 'anna2@kommun.se' },
    ];
    expect(store.getState().setRoster(id, roster)).toBe(true);
    expect(store.getState().groups[id]!.roster).toEqual([roster[0], roster[2]]);
    expect(store.getState().setRoster('link-unknown', roster)).toBe(false);
  });

  it('empties a group on clear and brings it back on undo, with what came in since', () => {
    const { store } = setup();
    store.getState().keepReceipts([readReceipt('link-a', 'Anna')]);
    store.getState().clearGroup('link-a');
    expect(store.getState().groups['link-a']!.receipts).toEqual([]);
    store.getState().keepReceipts([readReceipt('link-a', 'Bo')]);
    store.getState().undoClear();
    const texts = store.getState().groups['link-a']!.receipts.map((r) => r.text);
    expect(texts.sort()).toEqual(['R2.link-a.Anna', 'R2.link-a.Bo']);
    expect(store.getState().undoable).toBeNull();
  });

  it('removes a group, and undo brings it back', () => {
    const { store } = setup();
    store.getState().keepReceipts([readReceipt('link-a', 'Anna')]);
    store.getState().removeGroup('link-a');
    expect(store.getState().groups).toEqual({});
    store.getState().undoClear();
    expect(store.getState().groups['link-a']!.receipts).toHaveLength(1);
  });
});

describe('pairing a receipt with a roster entry', () => {
  it('keeps the pairing across a reload, replaces it, and takes it back', () => {
    const { store, storage } = setup();
    const id = store.getState().saveAssignment('2.body.ABCDEFG', realisticDraft);
    store.getState().setRoster(id, [
      { name: 'Anna', identifier: 'anna@kommun.se' },
      { name: 'Bo', identifier: 'bo@kommun.se' },
    ]);
    expect(store.getState().pairReceipt(id, 'id:ana@kommun.se', 'id:anna@kommun.se')).toBe(true);
    expect(setup(storage).store.getState().groups[id]!.pairings).toEqual([
      { receipt: 'id:ana@kommun.se', entry: 'id:anna@kommun.se' },
    ]);
    // Paired again, to someone else: one pairing per receipt.
    store.getState().pairReceipt(id, 'id:ana@kommun.se', 'id:bo@kommun.se');
    expect(store.getState().groups[id]!.pairings).toEqual([
      { receipt: 'id:ana@kommun.se', entry: 'id:bo@kommun.se' },
    ]);
    store.getState().unpairReceipt(id, 'id:ana@kommun.se');
    expect(setup(storage).store.getState().groups[id]!.pairings).toEqual([]);
  });

  it('refuses an entry the roster does not have, and an unknown group', () => {
    const { store } = setup();
    const id = store.getState().saveAssignment('2.body.ABCDEFG', realisticDraft);
    store.getState().setRoster(id, [{ name: 'Anna', identifier: 'anna@kommun.se' }]);
    expect(store.getState().pairReceipt(id, 'id:x@kommun.se', 'id:nobody@kommun.se')).toBe(false);
    expect(store.getState().pairReceipt('link-none', 'id:x', 'id:anna@kommun.se')).toBe(false);
    expect(store.getState().groups[id]!.pairings).toBeUndefined();
  });
});

describe('the trainer storage', () => {
  it('uses its own key, never the learner’s', () => {
    const storage = new FlakyStorage();
    setup(storage)
      .store.getState()
      .keepReceipts([readReceipt('link-a', 'Anna')]);
    expect([...storage.data.keys()]).toEqual([TRAINER_KEY]);
  });

  it('keeps a corrupt value aside, says so, and does not wipe it', () => {
    const storage = new FlakyStorage();
    storage.data.set(TRAINER_KEY, '{"state": {"gro');
    const { store, status } = setup(storage);
    const recovered = status.getState().recovered!;
    expect(recovered).toMatchObject({ problem: 'corrupt', keptPart: false });
    expect(storage.getItem(recovered.backupKey!)).toBe('{"state": {"gro');
    store.getState().keepReceipts([readReceipt('link-a', 'Anna')]);
    expect(storage.getItem(recovered.backupKey!)).toBe('{"state": {"gro');
  });

  it('starts from the valid part of an invalid value, the whole kept aside', () => {
    const storage = new FlakyStorage();
    const raw = JSON.stringify({
      state: { groups: { a: group('a'), b: { ...group('b'), modules: [] } } },
      version: 1,
    });
    storage.data.set(TRAINER_KEY, raw);
    const { store, status } = setup(storage);
    expect(Object.keys(store.getState().groups)).toEqual(['a']);
    expect(status.getState().recovered).toMatchObject({ problem: 'invalid', keptPart: true });
    expect(storage.getItem(status.getState().recovered!.backupKey!)).toBe(raw);
  });

  it('puts the valid part in place of an invalid value once it is copied aside', () => {
    const storage = new FlakyStorage();
    const raw = JSON.stringify({
      state: { groups: { a: group('a'), b: { ...group('b'), modules: [] } } },
      version: 1,
    });
    storage.data.set(TRAINER_KEY, raw);
    setup(storage);
    // The next page load reads the valid part at once, with nothing to recover.
    const again = setup(storage);
    expect(Object.keys(again.store.getState().groups)).toEqual(['a']);
    expect(again.status.getState().recovered).toBeNull();
  });

  it('writes nothing over what it could not copy aside', () => {
    const storage = new FlakyStorage();
    storage.data.set(TRAINER_KEY, 'not json');
    storage.failWrites = full();
    const { store, status } = setup(storage);
    expect(status.getState().recovered).toMatchObject({ backupKey: null });
    storage.failWrites = null;
    store.getState().keepReceipts([readReceipt('link-a', 'Anna')]);
    expect(storage.getItem(TRAINER_KEY)).toBe('not json');
  });

  it('leaves a newer version’s value as it is and says so', () => {
    const storage = new FlakyStorage();
    const newer = JSON.stringify({ state: { groups: {} }, version: 99 });
    storage.data.set(TRAINER_KEY, newer);
    const { store, status } = setup(storage);
    expect(status.getState().outdated).toBe(true);
    store.getState().keepReceipts([readReceipt('link-a', 'Anna')]);
    expect(storage.getItem(TRAINER_KEY)).toBe(newer);
  });

  it('reports a full storage and goes on in memory', () => {
    const storage = new FlakyStorage();
    storage.failWrites = full();
    const { store, status } = setup(storage);
    expect(store.getState().keepReceipts([readReceipt('link-a', 'Anna')]).added).toBe(1);
    expect(status.getState().health).toBe('full');
    expect(store.getState().groups['link-a']!.receipts).toHaveLength(1);
    storage.failWrites = null;
    store.getState().keepReceipts([readReceipt('link-a', 'Bo')]);
    expect(status.getState().health).toBe('ok');
  });

  it('works in memory when there is no storage at all', () => {
    const { store, status } = setup(null);
    expect(status.getState().health).toBe('unavailable');
    expect(store.getState().keepReceipts([readReceipt('link-a', 'Anna')]).added).toBe(1);
  });
});

describe('two tabs', () => {
  const saveFrom = (storage: Storage, state: Parameters<typeof serializeTrainer>[0]) => {
    const text = serializeTrainer(state);
    storage.setItem(TRAINER_KEY, text);
    window.dispatchEvent(new StorageEvent('storage', { key: TRAINER_KEY, newValue: text }));
  };

  it('takes in what another tab saved, including its clears', () => {
    const storage = new FlakyStorage();
    const { store } = setup(storage, true);
    store.getState().keepReceipts([readReceipt('link-a', 'Anna')]);
    const kept = store.getState().groups['link-a']!;
    saveFrom(storage, {
      groups: { 'link-a': { ...kept, receipts: [] }, b: group('b') },
    });
    expect(store.getState().groups['link-a']!.receipts).toEqual([]);
    expect(store.getState().groups.b).toEqual(group('b'));
  });

  it('keeps this tab’s unsaved receipts when another tab saves', () => {
    const storage = new FlakyStorage();
    const { store } = setup(storage, true);
    storage.failWrites = full();
    store.getState().keepReceipts([readReceipt('link-a', 'Anna')]);
    storage.failWrites = null;
    saveFrom(storage, { groups: { b: group('b') } });
    expect(Object.keys(store.getState().groups).sort()).toEqual(['b', 'link-a']);
  });

  it('merges what another tab saved before writing, when it missed the event', () => {
    const storage = new FlakyStorage();
    const { store } = setup(storage);
    store.getState().keepReceipts([readReceipt('link-a', 'Anna')]);
    const other = setup(storage).store;
    other.getState().keepReceipts([readReceipt('link-a', 'Bo')]);
    store.getState().keepReceipts([readReceipt('link-a', 'Cem')]);
    const reloaded = setup(storage).store.getState().groups['link-a']!;
    expect(reloaded.receipts.map((r) => r.text).sort()).toEqual([
      'R2.link-a.Anna',
      'R2.link-a.Bo',
      'R2.link-a.Cem',
    ]);
  });
});

describe('the limits of what is kept', () => {
  it('refuses receipts beyond 2,000 for one group, and says how many', () => {
    const { store } = setup();
    const many = Array.from({ length: 2_001 }, (_, i) => readReceipt('link-a', `P ${i}`));
    expect(store.getState().keepReceipts(many)).toEqual({
      added: 2_000,
      alreadyKept: 0,
      refused: 1,
    });
    expect(store.getState().groups['link-a']!.receipts).toHaveLength(2_000);
  });
});
