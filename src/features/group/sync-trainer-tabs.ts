/**
 * Keeps the trainer's tabs in step. Every save first takes in what another tab
 * saved (trainer-storage.ts), so what another tab saves already holds all this
 * tab saved: it is taken as it is, so that a clear or a removal there is one
 * here too. Only while this tab holds something it could not save (storage
 * full) is the other tab's state merged in instead, so that is not lost.
 */
import type { StoreApi } from 'zustand';
import { mergeGroups } from './trainer-merge';
import { loadTrainer, usableTrainerState } from './trainer-load';
import type { TrainerState } from './trainer-schema';
import { type StatusStore, TRAINER_KEY, type TrainerStorage } from './trainer-storage';

/** Starts listening for other tabs' saves; returns a function that stops it. */
export function syncTrainerTabs(
  store: Pick<StoreApi<TrainerState>, 'setState'>,
  storage: Pick<TrainerStorage, 'isSaved' | 'markSeen'>,
  status: StatusStore,
): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key !== TRAINER_KEY || event.newValue === null) return;
    const result = loadTrainer(event.newValue);
    if (!result.ok && result.problem === 'newer') return status.getState().setOutdated();
    const theirs = usableTrainerState(result) ?? { groups: {} };
    if (result.ok && storage.isSaved()) {
      storage.markSeen(event.newValue);
      store.setState({ groups: theirs.groups });
    } else {
      store.setState((s) => ({ groups: mergeGroups(s.groups, theirs.groups).groups }));
    }
  };
  window.addEventListener('storage', onStorage);
  return () => window.removeEventListener('storage', onStorage);
}
