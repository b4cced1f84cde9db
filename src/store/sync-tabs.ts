/**
 * Keeps tabs in step: when another tab saves, its state is merged into this
 * one, so neither tab's answers are lost; when another tab deletes something
 * (a reset, a removed assignment) or restores a backup, this tab does the same.
 * When another tab saves in a newer version's format, this tab stops saving
 * (the storage sees it at the next write) and says so at once.
 */
import { BACKUP_PREFIX } from './backups';
import { loadPersisted } from './load-persisted';
import { mergeStates, persistedPart, withoutForgotten } from './persisted-fields';
import { type SafeStorage, STORAGE_KEY } from './safe-storage';
import type { PersistedState } from './schema';
import { useStorageStatus } from './storage-status';
import type { AppState } from './store';
import { onTabMessage } from './tab-channel';

interface Store {
  getState: () => AppState;
  setState: (partial: Partial<AppState> | ((state: AppState) => Partial<AppState>)) => void;
}

/**
 * Merges a state another tab saved into this page's, without what this page
 * has seen deleted; changes nothing when it brings nothing new.
 */
export function takeIn(store: Store, theirs: PersistedState): void {
  const mine = persistedPart(store.getState());
  const merged = mergeStates(mine, withoutForgotten(theirs, store.getState().forgotten));
  if (JSON.stringify(merged) !== JSON.stringify(mine)) store.setState(merged);
}

/** Starts listening for other tabs' saves and messages; returns a function that stops it. */
export function syncTabs(store: Store, storage: Pick<SafeStorage, 'readSaved'>): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key?.startsWith(BACKUP_PREFIX)) {
      store.setState((s) => ({ backupsChanged: s.backupsChanged + 1 }));
      return;
    }
    if (event.key !== STORAGE_KEY || event.newValue === null) return;
    const result = loadPersisted(event.newValue);
    if (!result.ok && result.problem === 'newer') return useStorageStatus.getState().setOutdated();
    const theirs = result.ok ? result.state : result.problem === 'invalid' ? result.partial : null;
    if (theirs) takeIn(store, theirs);
  };
  window.addEventListener('storage', onStorage);
  const stopMessages = onTabMessage((message) => {
    const state = store.getState();
    const told = { announce: false, at: 'at' in message ? message.at : Date.now() };
    switch (message.kind) {
      case 'reset':
        state.resetAll(told);
        break;
      case 'remove-assignment':
        state.removeAssignment(message.id, told);
        break;
      case 'discard-attempt':
        state.discardQuizAttempt(message.moduleId, message.attemptId, told);
        break;
      case 'restore':
        state.restoreBackup(message.key, told);
        // What the other tab saved after restoring is newer than the restore, so it comes in.
        takeInSaved(store, storage);
        break;
    }
  });
  return () => {
    window.removeEventListener('storage', onStorage);
    stopMessages();
  };
}

/** Takes in what is saved now (after a restore, whose save may have arrived before the message). */
function takeInSaved(store: Store, storage: Pick<SafeStorage, 'readSaved'>) {
  const result = loadPersisted(storage.readSaved());
  if (result.ok && result.state) takeIn(store, result.state);
}
