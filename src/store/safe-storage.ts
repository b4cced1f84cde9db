/**
 * The storage behind the learner's store: local storage when the browser
 * allows it, memory when it does not, guarded so it never writes over what it
 * should not (guarded-storage.ts). An unreadable value is copied to a backup
 * key (backups.ts) before anything is written.
 */
import { backupKey, writeBackup } from './backups';
import { createGuardedStorage, type GuardedStorage } from './guarded-storage';
import { loadPersisted, serialize } from './load-persisted';
import type { PersistedState } from './schema';
import { useStorageStatus } from './storage-status';

export { isQuotaError } from './guarded-storage';

export const STORAGE_KEY = 'mutkollen';

export type SafeStorage = GuardedStorage<PersistedState>;

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

export function createSafeStorage(storage: Storage | null): SafeStorage {
  return createGuardedStorage(
    storage,
    {
      key: STORAGE_KEY,
      load: loadPersisted,
      serialize,
      copyAside: (target, raw, problem) => {
        const key = backupKey(problem, Date.now());
        return writeBackup(target, key, raw) ? key : null;
      },
    },
    useStorageStatus,
  );
}
