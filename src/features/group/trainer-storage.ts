/**
 * The storage behind the trainer's store: local storage under its own key,
 * memory when the browser allows none, guarded as the learner's is
 * (src/store/guarded-storage.ts). A value that cannot be read is copied aside
 * under a key of its own before anything is written.
 */
import type { StoreApi, UseBoundStore } from 'zustand';
import { createGuardedStorage, type GuardedStorage } from '@/store/guarded-storage';
import type { StorageStatus } from '@/store/storage-status';
import { loadTrainer, serializeTrainer } from './trainer-load';
import type { TrainerState } from './trainer-schema';

export const TRAINER_KEY = 'mutkollen-trainer';
const ASIDE_PREFIX = `${TRAINER_KEY}:kept-aside:`;

/** The key a value that could not be read is copied to, at `at` (ms). */
export const keptAsideKey = (problem: 'corrupt' | 'invalid', at: number) =>
  `${ASIDE_PREFIX}${problem}:${new Date(at).toISOString()}`;

/** Whether a storage key is where a value that could not be read was copied to. */
export const isKeptAsideKey = (key: string) => key.startsWith(ASIDE_PREFIX);

export type StatusStore = UseBoundStore<StoreApi<StorageStatus>>;

export type TrainerStorage = GuardedStorage<TrainerState>;

export function createTrainerStorage(storage: Storage | null, status: StatusStore): TrainerStorage {
  return createGuardedStorage(
    storage,
    {
      key: TRAINER_KEY,
      load: loadTrainer,
      serialize: serializeTrainer,
      copyAside: (target, raw, problem) => {
        const key = keptAsideKey(problem, Date.now());
        try {
          target.setItem(key, raw);
          return key;
        } catch {
          return null;
        }
      },
    },
    status,
  );
}
