/**
 * Whether the learner's progress can be kept, and what happened to a stored
 * value that could not be read. Not persisted: it describes this page load.
 */
import { create } from 'zustand';
import type { LoadProblem } from './load-persisted';

export type StorageHealth = 'ok' | 'unavailable' | 'full';

export interface StorageStatus {
  health: StorageHealth;
  /** Set when a stored value could not be used and was moved to a backup key. */
  recovered: { problem: LoadProblem; backupKey: string } | null;
  setHealth: (health: StorageHealth) => void;
  setRecovered: (recovered: StorageStatus['recovered']) => void;
  dismissRecovered: () => void;
}

export const useStorageStatus = create<StorageStatus>()((set) => ({
  health: 'ok',
  recovered: null,
  setHealth: (health) => set({ health }),
  setRecovered: (recovered) => set({ recovered }),
  dismissRecovered: () => set({ recovered: null }),
}));
