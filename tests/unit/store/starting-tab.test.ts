/**
 * Break 2 of issue 12: a reset (or a save) made in another tab while this tab
 * was still starting was missed, and this tab then wrote its old state back.
 * A tab must listen before it can write, and never write over what is stored
 * a state older than it.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { loadPersisted, serialize } from '@/store/load-persisted';
import { emptyState } from '@/store/persisted-fields';
import { STORAGE_KEY } from '@/store/safe-storage';
import type { PersistedState } from '@/store/schema';
import { useStorageStatus } from '@/store/storage-status';
import { createAppStore } from '@/store/store';
import { delivered, FlakyStorage } from './flaky-storage';

const v2 = readFileSync('tests/fixtures/storage/v2.json', 'utf8');

/** What is saved in `storage`, read back. */
function saved(storage: Storage): PersistedState {
  const result = loadPersisted(storage.getItem(STORAGE_KEY));
  if (!result.ok || !result.state) throw new Error('nothing valid is saved');
  return result.state;
}

/** Another tab of the app: what it posts reaches every other tab's store. */
function otherTab() {
  const channel = new BroadcastChannel('mutkollen');
  return { post: (message: unknown) => channel.postMessage(message), close: () => channel.close() };
}

afterEach(() => {
  useStorageStatus.setState({ health: 'ok', recovered: null, outdated: false });
});

describe('a tab that is still starting', () => {
  it('listens to the other tabs from the moment its store exists', () => {
    const storage = new FlakyStorage();
    const store = createAppStore(storage);
    // No call to start syncing: the store does it itself, before anything can write.
    window.dispatchEvent(new StorageEvent('storage', { key: STORAGE_KEY, newValue: v2 }));
    expect(store.getState().modules['what-is-corruption']?.lessonsVisited).toEqual([
      'definition',
      'public-sector',
    ]);
  });

  it('hears a reset made meanwhile, so its first save does not bring the progress back', async () => {
    const storage = new FlakyStorage();
    storage.setItem(STORAGE_KEY, v2);
    const store = createAppStore(storage);
    // Another tab deletes everything while this one is still loading its first page.
    const other = otherTab();
    const at = Date.now();
    storage.setItem(
      STORAGE_KEY,
      serialize({ ...emptyState('en'), settings: { ...emptyState('en').settings, updatedAt: at } }),
    );
    other.post({ kind: 'reset', at });
    await delivered();
    other.close();

    store.getState().visitLesson('conflicts-of-interest', 'what-is-jav');
    const after = saved(storage);
    expect(Object.keys(after.modules)).toEqual(['conflicts-of-interest']);
    expect(after.quizzes).toEqual({});
    expect(after.settings.learnerName).toBe('');
  });

  it('takes in what another tab saved unseen before it writes, instead of writing over it', () => {
    const storage = new FlakyStorage();
    const store = createAppStore(storage);
    // Another tab saves, and this tab never gets the storage event (it was not listening yet).
    storage.setItem(STORAGE_KEY, v2);
    store.getState().visitLesson('conflicts-of-interest', 'what-is-jav');

    const after = saved(storage);
    expect(Object.keys(after.modules).sort()).toEqual([
      'conflicts-of-interest',
      'what-is-corruption',
    ]);
    expect(after.quizzes['what-is-corruption']).toHaveLength(1);
    expect(store.getState().quizzes['what-is-corruption']).toHaveLength(1);
  });
});
