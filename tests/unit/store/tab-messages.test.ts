/**
 * Break 4 of issue 12: any page of the same origin could wipe everything with
 * one BroadcastChannel message. Every message is validated (its time too), and
 * a reset, whoever asks for it, keeps a backup the learner can bring back.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { listBackups, STATE_BACKUP_DAYS } from '@/store/backups';
import { loadPersisted } from '@/store/load-persisted';
import { persistedPart } from '@/store/persisted-fields';
import { STORAGE_KEY } from '@/store/safe-storage';
import { useStorageStatus } from '@/store/storage-status';
import { createAppStore } from '@/store/store';
import { readTabMessage } from '@/store/tab-channel';
import { delivered, FlakyStorage } from './flaky-storage';

const v2 = readFileSync('tests/fixtures/storage/v2.json', 'utf8');
const DAY = 24 * 60 * 60 * 1000;

function storeWithProgress() {
  const storage = new FlakyStorage();
  storage.setItem(STORAGE_KEY, v2);
  return { storage, store: createAppStore(storage) };
}

/** Posts as another page of this origin would, and waits for it to arrive. */
async function post(message: unknown) {
  const channel = new BroadcastChannel('mutkollen');
  channel.postMessage(message);
  await delivered();
  channel.close();
}

afterEach(() => {
  useStorageStatus.setState({ health: 'ok', recovered: null, outdated: false });
});

describe('a reset asked for over the channel', () => {
  it('keeps a backup first, which brings everything back', async () => {
    const { storage, store } = storeWithProgress();
    const before = persistedPart(store.getState());
    await post({ kind: 'reset', at: Date.now() });
    expect(store.getState().quizzes).toEqual({});

    const [backup] = listBackups(storage);
    expect(backup?.reason).toBe('reset');
    expect(store.getState().restoreBackup(backup!.key)).toBe('restored');
    const { settings, ...rest } = persistedPart(store.getState());
    const { settings: settingsBefore, ...restBefore } = before;
    expect(rest).toEqual(restBefore);
    expect(settings.learnerName).toBe(settingsBefore.learnerName);
  });

  it('is ignored when it is dated in the future, which would hide every later save', async () => {
    const { store } = storeWithProgress();
    await post({ kind: 'reset', at: Date.now() + DAY });
    expect(store.getState().quizzes['what-is-corruption']).toHaveLength(1);
    expect(store.getState().forgotten.resetAt).toBe(0);
  });
});

describe('every message from another tab', () => {
  it('is read only when well formed and not from the future', () => {
    const now = Date.UTC(2026, 10, 21);
    expect(readTabMessage({ kind: 'reset', at: now }, now)).toEqual({ kind: 'reset', at: now });
    for (const bad of [
      { kind: 'reset', at: now + DAY },
      { kind: 'remove-assignment', id: 'link-a', at: now + DAY },
      { kind: 'restore', key: 'x'.repeat(101), at: now },
      { kind: 'reset', at: 9e15 },
      // Long past: the backup it keeps is named by that time, and would expire at once.
      { kind: 'reset', at: 1 },
    ]) {
      expect(readTabMessage(bad, now), JSON.stringify(bad)).toBeNull();
    }
  });

  it('that restores a backup is followed here, to the same state as the other tab', async () => {
    const { storage, store } = storeWithProgress();
    await post({ kind: 'reset', at: Date.now() });
    expect(store.getState().quizzes).toEqual({});
    const [backup] = listBackups(storage);
    // The other tab brings the backup back, saves, and says so.
    storage.setItem(STORAGE_KEY, storage.getItem(backup!.key)!);
    await post({ kind: 'restore', key: backup!.key, at: Date.now() });
    expect(store.getState().quizzes['what-is-corruption']).toHaveLength(1);
    expect(store.getState().modules['what-is-corruption']?.lessonsVisited).toHaveLength(2);
    // What is saved keeps it after this tab writes too.
    store.getState().visitLesson('conflicts-of-interest', 'what-is-jav');
    const saved = loadPersisted(storage.getItem(STORAGE_KEY));
    expect(saved.ok && saved.state?.quizzes['what-is-corruption']).toHaveLength(1);
  });

  it('that restores a backup which is not there changes nothing', async () => {
    const { store } = storeWithProgress();
    await post({
      kind: 'restore',
      key: 'mutkollen:backup:reset:2026-01-01T00:00:00.000Z',
      at: Date.now(),
    });
    expect(store.getState().quizzes['what-is-corruption']).toHaveLength(1);
  });
});

describe('the backups of the state', () => {
  it('expire after a week, while a copy of an unreadable value stays', () => {
    const storage = new FlakyStorage();
    const old = new Date(Date.now() - (STATE_BACKUP_DAYS + 1) * DAY).toISOString();
    storage.setItem(`mutkollen:backup:reset:${old}`, v2);
    storage.setItem(`mutkollen:backup:invalid:${old}`, v2);
    storage.setItem(`mutkollen:backup:${old}`, '{');
    createAppStore(storage);
    expect(
      listBackups(storage)
        .map((b) => b.reason)
        .sort(),
    ).toEqual(['invalid', 'unreadable']);
  });

  it('are not made when there is nothing to keep', () => {
    const storage = new FlakyStorage();
    const store = createAppStore(storage);
    expect(store.getState().resetAll()).toBe('nothing');
    expect(listBackups(storage)).toEqual([]);
  });

  it('say so when one could not be written', () => {
    const { storage, store } = storeWithProgress();
    storage.failWrites = new DOMException('full', 'QuotaExceededError');
    expect(store.getState().resetAll()).toBe('failed');
  });
});
