/**
 * The storage behind the trainer's store: local storage under its own key,
 * memory when the browser allows none. Like the learner's (src/store/safe-storage.ts)
 * it never writes over what it should not:
 * - a value that cannot be read is copied aside under another key first and the
 *   trainer is told (the status); if it cannot be copied, it is left in place and
 *   nothing more is written;
 * - a value saved by a newer version of the app is left as it is;
 * - a value another tab saved since this page last read or wrote is taken in
 *   (merged) before this page writes;
 * - a full or blocked storage is reported, and the page goes on in memory.
 */
import type { PersistStorage, StorageValue } from 'zustand/middleware';
import type { StoreApi, UseBoundStore } from 'zustand';
import { isQuotaError } from '@/store/safe-storage';
import type { StorageStatus } from '@/store/storage-status';
import { loadTrainer, serializeTrainer, usableTrainerState } from './trainer-load';
import type { TrainerState } from './trainer-schema';

export const TRAINER_KEY = 'mutkollen-trainer';
const ASIDE_PREFIX = `${TRAINER_KEY}:kept-aside:`;

/** The key a value that could not be read is copied to, at `at` (ms). */
export const keptAsideKey = (problem: 'corrupt' | 'invalid', at: number) =>
  `${ASIDE_PREFIX}${problem}:${new Date(at).toISOString()}`;

/** Whether a storage key is where a value that could not be read was copied to. */
export const isKeptAsideKey = (key: string) => key.startsWith(ASIDE_PREFIX);

export type StatusStore = UseBoundStore<StoreApi<StorageStatus>>;

export interface TrainerStorage extends PersistStorage<TrainerState> {
  /** Set by the store: takes in what another tab saved, found just before this page writes. */
  onForeignState?: (state: TrainerState) => void;
  /** Whether everything this page holds is saved (false after a write that failed or was held back). */
  isSaved: () => boolean;
  /** Remembers a value another tab saved (from its storage event) as read. */
  markSeen: (raw: string | null) => void;
}

export function createTrainerStorage(storage: Storage | null, status: StatusStore): TrainerStorage {
  const report = status.getState();
  let memory: string | null = null;
  let writesBlocked = false;
  let saved = true;
  // The stored value as this page last read or wrote it.
  let seen: string | null = null;

  if (!storage) report.setHealth('unavailable');

  const read = (key: string): string | null | undefined => {
    if (!storage) return memory;
    try {
      return storage.getItem(key);
    } catch {
      writesBlocked = true;
      report.setHealth('unavailable');
      return undefined;
    }
  };

  const copyAside = (key: string, raw: string) => {
    try {
      storage?.setItem(key, raw);
      return storage !== null;
    } catch {
      return false;
    }
  };

  const safe: TrainerStorage = {
    isSaved: () => saved && !writesBlocked,
    markSeen: (raw) => {
      seen = raw;
    },

    getItem(name): StorageValue<TrainerState> | null {
      const raw = read(name);
      if (raw === undefined) return null;
      seen = raw;
      const result = loadTrainer(raw);
      if (result.ok) return result.state ? { state: result.state } : null;
      if (result.problem === 'newer') {
        writesBlocked = true;
        report.setOutdated();
        return null;
      }
      const kept = usableTrainerState(result);
      const key = keptAsideKey(result.problem, Date.now());
      if (raw !== null && copyAside(key, raw)) {
        report.setRecovered({ problem: result.problem, backupKey: key, keptPart: kept !== null });
      } else {
        writesBlocked = true;
        report.setRecovered({ problem: result.problem, backupKey: null, keptPart: kept !== null });
      }
      return kept ? { state: kept } : null;
    },

    setItem(name, value) {
      const text = serializeTrainer(value.state);
      if (!storage) {
        memory = text;
        return;
      }
      saved = false;
      if (writesBlocked) return;
      const current = read(name);
      if (current === undefined) return;
      if (current !== seen) {
        seen = current;
        const result = loadTrainer(current);
        if (!result.ok) {
          if (result.problem === 'newer') {
            writesBlocked = true;
            return report.setOutdated();
          }
          // Unreadable (tampered with, or cut short): copied aside before it is written over.
          if (current !== null && !copyAside(keptAsideKey(result.problem, Date.now()), current)) {
            writesBlocked = true;
            return;
          }
        }
        const theirs = usableTrainerState(result);
        if (theirs && safe.onForeignState) {
          safe.onForeignState(theirs);
          // Taking it in changed this page's state, which was then written with both in it.
          if (seen !== current) return;
        }
      }
      try {
        storage.setItem(name, text);
        seen = text;
        saved = true;
        if (status.getState().health !== 'ok') report.setHealth('ok');
      } catch (error) {
        report.setHealth(isQuotaError(error) ? 'full' : 'unavailable');
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
        report.setHealth('unavailable');
      }
    },
  };
  return safe;
}
