/**
 * Whether the learner's progress can be kept, and what happened to a stored
 * value that could not be read. Not persisted: it describes this page load.
 */
import { create } from 'zustand';

export type StorageHealth = 'ok' | 'unavailable' | 'full';

/** What became of a saved value that could not be read when the page started. */
export interface Recovered {
  problem: 'corrupt' | 'invalid';
  /** Where the value was copied to; null when the copy could not be written (then it is left in place). */
  backupKey: string | null;
  /** Whether some of it was valid and is kept. */
  keptPart: boolean;
}

export interface StorageStatus {
  health: StorageHealth;
  recovered: Recovered | null;
  /**
   * A newer version of the app saved the progress (at start, or in another tab):
   * this page saves nothing more until it is reloaded, so it never overwrites it.
   */
  outdated: boolean;
  setHealth: (health: StorageHealth) => void;
  setRecovered: (recovered: Recovered | null) => void;
  dismissRecovered: () => void;
  setOutdated: () => void;
}

/** A status store of its own; the trainer's kept data (src/features/group) has one too. */
export const createStorageStatus = () =>
  create<StorageStatus>()((set) => ({
    health: 'ok',
    recovered: null,
    outdated: false,
    setHealth: (health) => set({ health }),
    setRecovered: (recovered) => set({ recovered }),
    dismissRecovered: () => set({ recovered: null }),
    setOutdated: () => set({ outdated: true }),
  }));

export const useStorageStatus = createStorageStatus();
