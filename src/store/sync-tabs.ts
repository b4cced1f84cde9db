/**
 * Keeps tabs in step: when another tab saves, its state is merged into this
 * one, so neither tab's answers are lost; when another tab deletes something
 * (a reset, a removed assignment), this tab deletes it too.
 */
import { loadPersisted } from './load-persisted';
import { mergeStates, persistedPart, withoutForgotten } from './persisted-fields';
import { STORAGE_KEY } from './safe-storage';
import type { useAppStore } from './store';
import { onDeletion } from './tab-channel';

/** Starts listening for other tabs' saves; returns a function that stops it. */
export function syncTabs(store: typeof useAppStore): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key !== STORAGE_KEY || event.newValue === null) return;
    const result = loadPersisted(event.newValue);
    if (!result.ok || !result.state) return;
    const mine = persistedPart(store.getState());
    const merged = mergeStates(mine, withoutForgotten(result.state, store.getState().forgotten));
    if (JSON.stringify(merged) !== JSON.stringify(mine)) store.setState(merged);
  };
  window.addEventListener('storage', onStorage);
  const stopDeletions = onDeletion((deletion) => {
    const state = store.getState();
    if (deletion.kind === 'reset') state.resetAll({ announce: false });
    else if (deletion.kind === 'remove-assignment')
      state.removeAssignment(deletion.id, { announce: false });
    else state.discardQuizAttempt(deletion.moduleId, deletion.attemptId, { announce: false });
  });
  return () => {
    window.removeEventListener('storage', onStorage);
    stopDeletions();
  };
}
