/**
 * The storage behind the store: local storage when the browser allows it,
 * memory when it does not. A value that cannot be read is moved to a backup
 * key before the app starts clean, and is never overwritten while that backup
 * could not be made.
 */
import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { loadPersisted, serialize } from './load-persisted';
import type { PersistedState } from './schema';
import { useStorageStatus } from './storage-status';

export const STORAGE_KEY = 'mutkollen';
export const BACKUP_PREFIX = 'mutkollen:backup:';

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

function isQuotaError(error: unknown) {
  return (
    error instanceof DOMException &&
    (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED')
  );
}

export function createSafeStorage(storage: Storage | null): PersistStorage<PersistedState> {
  const status = useStorageStatus.getState();
  let memory: string | null = null;
  // Set when a broken value could not be backed up: it must not be overwritten.
  let writesBlocked = false;

  if (!storage) status.setHealth('unavailable');

  const read = (key: string): string | null => {
    if (!storage) return memory;
    try {
      return storage.getItem(key);
    } catch {
      // What is saved could not be read, so it must not be overwritten either.
      writesBlocked = true;
      status.setHealth('unavailable');
      return null;
    }
  };

  return {
    getItem(name): StorageValue<PersistedState> | null {
      const raw = read(name);
      const result = loadPersisted(raw);
      if (result.ok) {
        // Already migrated and checked: persist gets no version, so it never migrates again.
        return result.state ? { state: result.state } : null;
      }
      const backupKey = `${BACKUP_PREFIX}${new Date().toISOString()}`;
      try {
        storage?.setItem(backupKey, raw ?? '');
        storage?.removeItem(name);
        status.setRecovered({ problem: result.problem, backupKey });
      } catch {
        writesBlocked = true;
        status.setHealth('full');
        status.setRecovered({ problem: result.problem, backupKey: name });
      }
      return null;
    },
    setItem(name, value) {
      const text = serialize(value.state);
      if (!storage) {
        memory = text;
        return;
      }
      if (writesBlocked) return;
      try {
        storage.setItem(name, text);
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
      } catch {
        status.setHealth('unavailable');
      }
    },
  };
}
