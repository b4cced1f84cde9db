/**
 * The learner's data as a whole: reset, import and restore, each keeping a
 * backup of the state before it (backups.ts), so none of them is final. A
 * reset or restore announced by another tab (or by any page of this origin,
 * see tab-channel.ts) keeps its backup here too, under the same key.
 */
import type { StateCreator } from 'zustand';
import {
  type BackupInfo,
  backupKey,
  listBackups,
  pruneBackups,
  readBackup,
  removeBackup,
  writeBackup,
} from './backups';
import { loadPersisted, serialize } from './load-persisted';
import { holdsProgress, mergeStates, persistedPart, resetState } from './persisted-fields';
import type { PersistedState } from './schema';
import type { AppState } from './store';
import { announceDeletion, type Forgotten, nothingForgotten } from './tab-channel';

/** Whether a copy of the state before a change was kept: `nothing` when there was nothing to keep. */
export type BackupOutcome = 'kept' | 'nothing' | 'failed';

/** What became of a restore: `partly` when only what was valid in the copy could be restored. */
export type RestoreOutcome = 'restored' | 'partly' | 'unreadable' | 'newer' | 'missing';

interface When {
  /** Whether to tell the other tabs (false when another tab told this one). */
  announce?: boolean;
  /** The moment of the change; another tab's when it told this one. */
  at?: number;
}

export interface DataSlice {
  /** What this page has seen deleted, so another tab's save cannot bring it back; never saved. */
  forgotten: Forgotten;
  /** Counts changes to the backups made on this page, so lists of them follow; never saved. */
  backupsChanged: number;
  /** Replaces everything the learner owns. */
  replaceAll: (state: PersistedState) => void;
  /** Merges an imported state in, after keeping a backup of the state before. */
  importState: (imported: PersistedState) => BackupOutcome;
  /**
   * Forgets all progress and the name on this device, after keeping a backup of
   * them, and tells the other open tabs.
   */
  resetAll: (options?: When) => BackupOutcome;
  /**
   * Puts the state of a backup back, after keeping a backup of the state now:
   * what the copy holds replaces what is here (the language stays), and the other
   * tabs do the same. Refuses a copy that holds nothing valid, or that a newer version made.
   */
  restoreBackup: (key: string, options?: When) => RestoreOutcome;
  /** The backups on this device, newest first. */
  listBackups: () => BackupInfo[];
  /** A backup's text as stored, for download; null when there is none. */
  readBackup: (key: string) => string | null;
  /** Deletes a backup for good; false when it could not be deleted. */
  removeBackup: (key: string) => boolean;
  /** What is saved now, exactly as stored, for download; null when nothing is. */
  readSaved: () => string | null;
}

/** The part of a backup's text that can be restored, with why not when none can. */
function restorable(
  text: string | null,
): { state: PersistedState; whole: boolean } | RestoreOutcome {
  if (text === null) return 'missing';
  const loaded = loadPersisted(text);
  if (loaded.ok) return loaded.state ? { state: loaded.state, whole: true } : 'unreadable';
  if (loaded.problem === 'invalid' && loaded.partial)
    return { state: loaded.partial, whole: false };
  return loaded.problem === 'newer' ? 'newer' : 'unreadable';
}

export function createDataSlice(
  storage: Storage | null,
  readSaved: () => string | null,
): StateCreator<AppState, [], [], DataSlice> {
  if (storage) pruneBackups(storage, Date.now());

  return (set, get) => {
    /** Keeps `state` as the backup for `reason` at `at`, joined with a copy another tab already made there. */
    const keepBefore = (
      reason: 'reset' | 'import' | 'restore',
      at: number,
      state: PersistedState,
    ): BackupOutcome => {
      if (!holdsProgress(state)) return 'nothing';
      if (!storage) return 'failed';
      const key = backupKey(reason, at);
      const earlier = readBackup(storage, key);
      const loaded = earlier === null ? null : loadPersisted(earlier);
      const kept = loaded?.ok && loaded.state ? mergeStates(loaded.state, state) : state;
      const written = writeBackup(storage, key, serialize(kept));
      set((s) => ({ backupsChanged: s.backupsChanged + 1 }));
      return written ? 'kept' : 'failed';
    };

    /** Forgets everything older than `at` from other tabs, as after a reset at that moment. */
    const forgetBefore = (at: number) => ({
      forgotten: { ...get().forgotten, resetAt: Math.max(get().forgotten.resetAt, at) },
    });

    return {
      forgotten: nothingForgotten(),
      backupsChanged: 0,
      replaceAll: (state) => set(state),

      importState: (imported) => {
        const before = persistedPart(get());
        const outcome = keepBefore('import', Date.now(), before);
        set(mergeStates(persistedPart(get()), imported));
        return outcome;
      },

      resetAll: ({ announce = true, at = Date.now() } = {}) => {
        const outcome = keepBefore('reset', at, persistedPart(get()));
        set((current) => ({ ...resetState(current), ...forgetBefore(at) }));
        if (announce) announceDeletion({ kind: 'reset', at });
        return outcome;
      },

      restoreBackup: (key, { announce = true, at = Date.now() } = {}) => {
        const found = restorable(storage && readBackup(storage, key));
        if (typeof found === 'string') return found;
        const current = get();
        keepBefore('restore', at, persistedPart(current));
        const { settings } = found.state;
        // The copy's items are older than `at`, so other tabs' older copies cannot mix in.
        set({
          // Every saved field, so one the copy leaves out (an optional one) is cleared too.
          ...persistedPart(found.state),
          settings: { ...settings, language: current.settings.language, updatedAt: at },
          ...forgetBefore(at),
        });
        if (announce) announceDeletion({ kind: 'restore', key, at });
        return found.whole ? 'restored' : 'partly';
      },

      listBackups: () => (storage ? listBackups(storage) : []),
      readBackup: (key) => (storage ? readBackup(storage, key) : null),
      removeBackup: (key) => {
        const removed = storage !== null && removeBackup(storage, key);
        set((s) => ({ backupsChanged: s.backupsChanged + 1 }));
        return removed;
      },
      readSaved,
    };
  };
}
