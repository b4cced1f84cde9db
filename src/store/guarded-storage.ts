/**
 * A zustand `PersistStorage` that never writes over what it should not, for
 * any stored format (the learner's progress, the trainer's kept data):
 * - a value that cannot be read is copied aside first, and the app starts
 *   from what of it is valid; if the copy cannot be made, the value is left
 *   in place and nothing more is written;
 * - a value saved by a newer version of the app is left as it is, and this
 *   page writes nothing more (the status says to reload);
 * - a value another tab saved since this page last read or wrote is taken in
 *   (merged) before this page writes, so a tab never writes an older state
 *   over a newer one, even when it missed the other tab's storage event;
 * - without storage, or when it is full, the page goes on in memory and the
 *   status says so.
 */
import type { StoreApi } from 'zustand';
import type { PersistStorage, StorageValue } from 'zustand/middleware';
import type { StorageStatus } from './storage-status';

/** What reading a stored value gave: its state (null: nothing stored), or why it was refused. */
export type StoredLoad<S> =
  | { ok: true; state: S | null }
  | { ok: false; problem: 'corrupt' | 'newer' }
  /** `partial`: what is valid in it, or null when none of it is. */
  | { ok: false; problem: 'invalid'; partial: S | null };

/** How one stored format is read, written and, when unreadable, copied aside. */
export interface StoredFormat<S> {
  /** The local storage key the state lives under. */
  key: string;
  load: (raw: string | null) => StoredLoad<S>;
  serialize: (state: S) => string;
  /** Copies an unreadable value aside; the key it went to, or null when it could not. */
  copyAside: (storage: Storage, raw: string, problem: 'corrupt' | 'invalid') => string | null;
}

export interface GuardedStorage<S> extends PersistStorage<S> {
  /**
   * Set by the store: takes in a state another tab saved, found just before this
   * page writes. It may write the merged state at once (through setItem).
   */
  onForeignState?: (state: S) => void;
  /** What is saved now, as stored (or as held in memory without storage); for download. */
  readSaved: () => string | null;
  /** Whether everything this page holds is saved (false after a write that failed or was held back). */
  isSaved: () => boolean;
  /** Remembers a value another tab saved (from its storage event) as read. */
  markSeen: (raw: string | null) => void;
}

/** Whether a failed write failed because storage is full. */
export function isQuotaError(error: unknown) {
  return (
    error instanceof DOMException &&
    (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED')
  );
}

/** The valid state in a load result: whole, or the part of a refused one that is valid. */
export const usableState = <S>(result: StoredLoad<S>): S | null =>
  result.ok ? result.state : result.problem === 'invalid' ? result.partial : null;

export function createGuardedStorage<S>(
  storage: Storage | null,
  format: StoredFormat<S>,
  status: Pick<StoreApi<StorageStatus>, 'getState'>,
): GuardedStorage<S> {
  const report = status.getState();
  let memory: string | null = null;
  // Set when what is stored must not be overwritten: unreadable and not copied, or newer.
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
      // What is saved could not be read, so it must not be overwritten either.
      writesBlocked = true;
      report.setHealth('unavailable');
      return undefined;
    }
  };

  /** Stops writing for good, leaving a newer version's value as it is. */
  const yieldToNewer = () => {
    writesBlocked = true;
    report.setOutdated();
  };

  const safe: GuardedStorage<S> = {
    readSaved: () => (storage ? (read(format.key) ?? null) : memory),
    isSaved: () => saved && !writesBlocked,
    markSeen: (raw) => {
      seen = raw;
    },

    getItem(name): StorageValue<S> | null {
      const raw = read(name);
      if (raw === undefined) return null;
      seen = raw;
      const result = format.load(raw);
      // Already migrated and checked: persist gets no version, so it never migrates again.
      if (result.ok) return result.state ? { state: result.state } : null;
      if (result.problem === 'newer') {
        yieldToNewer();
        return null;
      }
      const kept = usableState(result);
      const key = storage && raw !== null ? format.copyAside(storage, raw, result.problem) : null;
      if (storage && key !== null) {
        // Copied: what is valid of it takes its place, so the next start reads it at once.
        const replacement = kept ? format.serialize(kept) : null;
        try {
          if (replacement) storage.setItem(name, replacement);
          else storage.removeItem(name);
          seen = replacement;
        } catch {
          // Left as it was; the next save writes over it, now that it is copied.
        }
      } else {
        writesBlocked = true;
      }
      report.setRecovered({ problem: result.problem, backupKey: key, keptPart: kept !== null });
      return kept ? { state: kept } : null;
    },

    setItem(name, value) {
      const text = format.serialize(value.state);
      if (!storage) {
        memory = text;
        return;
      }
      saved = false;
      if (writesBlocked) return;
      const current = read(name);
      if (current === undefined) return;
      if (current !== seen) {
        // Another tab saved since this page last looked: never write over it blindly.
        seen = current;
        const result = format.load(current);
        if (!result.ok) {
          if (result.problem === 'newer') return yieldToNewer();
          // Unreadable (tampered with, or cut short): copied before it is written over.
          if (current !== null && format.copyAside(storage, current, result.problem) === null) {
            writesBlocked = true;
            return;
          }
        }
        const theirs = usableState(result);
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
