/**
 * The storage behind the store: local storage when the browser allows it,
 * memory when it does not. It never writes over what it should not:
 * - a value that cannot be read is copied to a backup key first, and the app
 *   starts from what of it is valid; if the copy cannot be made, the value is
 *   left in place and nothing more is written;
 * - a value saved by a newer version of the app is left as it is, and this
 *   page writes nothing more (it tells the learner to reload);
 * - a value another tab saved since this page last read or wrote is taken in
 *   (merged) before this page writes, so a tab never writes an older state
 *   over a newer one, even when it missed the other tab's storage event.
 */
import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { backupKey, writeBackup } from './backups';
import { type LoadResult, loadPersisted, serialize } from './load-persisted';
import type { PersistedState } from './schema';
import { useStorageStatus } from './storage-status';

export const STORAGE_KEY = 'mutkollen';

export interface SafeStorage extends PersistStorage<PersistedState> {
  /**
   * Set by the store: takes in a state another tab saved, found just before this
   * page writes. It may write the merged state at once (through setItem).
   */
  onForeignState?: (state: PersistedState) => void;
  /** What is saved now, as stored (or as held in memory without storage); for download. */
  readSaved: () => string | null;
}

/** Local storage if it can be written to, else null (private mode, blocked, disabled). */
export function probeLocalStorage(): Storage | null {
  try {
    const storage = window.localStorage;
    const probe = `${STORAGE_KEY}:probe`;
    storage.setItem(probe, '1');
    storage.removeItem(probe);
    return storage;
  } catch {
    return null;
  }
}

/** Whether a failed write failed because storage is full. */
export function isQuotaError(error: unknown) {
  return (
    error instanceof DOMException &&
    (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED')
  );
}

/** The valid state in a load result: whole, or the part of a refused one that is valid. */
const usable = (result: LoadResult) =>
  result.ok ? result.state : result.problem === 'invalid' ? result.partial : null;

export function createSafeStorage(storage: Storage | null): SafeStorage {
  const status = useStorageStatus.getState();
  let memory: string | null = null;
  // Set when what is stored must not be overwritten: unreadable and not backed up, or newer.
  let writesBlocked = false;
  // The stored value as this page last read or wrote it.
  let seen: string | null = null;

  if (!storage) status.setHealth('unavailable');

  const read = (key: string): string | null | undefined => {
    if (!storage) return memory;
    try {
      return storage.getItem(key);
    } catch {
      // What is saved could not be read, so it must not be overwritten either.
      writesBlocked = true;
      status.setHealth('unavailable');
      return undefined;
    }
  };

  /** Stops writing for good, leaving a newer version's value as it is. */
  const yieldToNewer = () => {
    writesBlocked = true;
    status.setOutdated();
  };

  /** Copies an unreadable stored value to a backup key; false when that is not possible. */
  const backUp = (raw: string, problem: 'corrupt' | 'invalid') =>
    storage !== null && writeBackup(storage, backupKey(problem, Date.now()), raw);

  const safe: SafeStorage = {
    readSaved: () => (storage ? (read(STORAGE_KEY) ?? null) : memory),

    getItem(name): StorageValue<PersistedState> | null {
      const raw = read(name);
      if (raw === undefined) return null;
      seen = raw;
      const result = loadPersisted(raw);
      // Already migrated and checked: persist gets no version, so it never migrates again.
      if (result.ok) return result.state ? { state: result.state } : null;
      if (result.problem === 'newer') {
        yieldToNewer();
        return null;
      }
      const kept = usable(result);
      const key = backupKey(result.problem, Date.now());
      if (storage && raw !== null && writeBackup(storage, key, raw)) {
        // Copied: what is valid of it takes its place, so the next start reads it at once.
        const replacement = kept ? serialize(kept) : null;
        try {
          if (replacement) storage.setItem(name, replacement);
          else storage.removeItem(name);
          seen = replacement;
        } catch {
          // Left as it was; the next save writes over it, now that it is copied.
        }
        status.setRecovered({ problem: result.problem, backupKey: key, keptPart: kept !== null });
      } else {
        writesBlocked = true;
        status.setRecovered({ problem: result.problem, backupKey: null, keptPart: kept !== null });
      }
      return kept ? { state: kept } : null;
    },

    setItem(name, value) {
      const text = serialize(value.state);
      if (!storage) {
        memory = text;
        return;
      }
      if (writesBlocked) return;
      const current = read(name);
      if (current === undefined) return;
      if (current !== seen) {
        // Another tab saved since this page last looked: never write over it blindly.
        seen = current;
        const result = loadPersisted(current);
        if (!result.ok) {
          if (result.problem === 'newer') return yieldToNewer();
          // Unreadable (tampered with, or cut short): copied before it is written over.
          if (current !== null && !backUp(current, result.problem)) {
            writesBlocked = true;
            return;
          }
        }
        const theirs = usable(result);
        if (theirs && safe.onForeignState) {
          safe.onForeignState(theirs);
          // Taking it in changed this page's state, which was then written with both in it.
          if (seen !== current) return;
        }
      }
      try {
        storage.setItem(name, text);
        seen = text;
        if (useStorageStatus.getState().health !== 'ok') status.setHealth('ok');
      } catch (error) {
        status.setHealth(isQuotaError(error) ? 'full' : 'unavailable');
      }
    },

    removeItem(name) {
      if (!storage) {
        memory = null;
        return;
      }
      try {
        storage.removeItem(name);
        seen = null;
      } catch {
        status.setHealth('unavailable');
      }
    },
  };
  return safe;
}
