/**
 * The one app store, built from slices, persisted to local storage under the
 * key "mutkollen". Only what the learner owns is saved; content never is.
 * A store listens to the other tabs from the moment it exists (sync-tabs.ts),
 * so a tab that is still starting cannot write before it has heard them.
 */
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { createAssignmentsSlice, type AssignmentsSlice } from './assignments-slice';
import { createDataSlice, type DataSlice } from './data-slice';
import { persistedPart } from './persisted-fields';
import { createPracticeSlice, type PracticeSlice } from './practice-slice';
import { createProgressSlice, type ProgressSlice } from './progress-slice';
import { createSafeStorage, probeLocalStorage, STORAGE_KEY } from './safe-storage';
import type { PersistedState } from './schema';
import { createSettingsSlice, type SettingsSlice } from './settings-slice';
import { syncTabs, takeIn } from './sync-tabs';

export type { DataSlice } from './data-slice';

export type AppState = ProgressSlice & PracticeSlice & SettingsSlice & AssignmentsSlice & DataSlice;

export interface StoreOptions {
  /** Whether the store listens to other tabs (tests turn it off to drive it by hand). */
  syncTabs?: boolean;
}

export function createAppStore(
  storage: Storage | null = probeLocalStorage(),
  { syncTabs: sync = true }: StoreOptions = {},
) {
  const safeStorage = createSafeStorage(storage);
  const dataSlice = createDataSlice(storage, safeStorage.readSaved);
  const store = create<AppState>()(
    persist(
      (...a) => ({
        ...createProgressSlice(...a),
        ...createPracticeSlice(...a),
        ...createSettingsSlice(...a),
        ...createAssignmentsSlice(...a),
        ...dataSlice(...a),
      }),
      {
        // No `version` here: the stored envelope's version and its migrations are handled
        // inside the storage (load-persisted.ts), which hands persist only today's state.
        name: STORAGE_KEY,
        storage: safeStorage,
        partialize: (state: AppState): PersistedState => persistedPart(state),
      },
    ),
  );
  safeStorage.onForeignState = (state) => takeIn(store, state);
  if (sync) syncTabs(store, safeStorage);
  return store;
}

export const useAppStore = createAppStore();
