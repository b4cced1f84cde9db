/**
 * The one app store, built from slices, persisted to local storage under the
 * key "mutkollen". Only what the learner owns is saved; content never is.
 */
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { createAssignmentsSlice, type AssignmentsSlice } from './assignments-slice';
import { createPracticeSlice, type PracticeSlice } from './practice-slice';
import { createProgressSlice, type ProgressSlice } from './progress-slice';
import { createSafeStorage, probeLocalStorage, STORAGE_KEY } from './safe-storage';
import { type PersistedState, STORAGE_VERSION } from './schema';
import { createSettingsSlice, type SettingsSlice } from './settings-slice';
import { announceDeletion } from './tab-channel';

export interface DataSlice {
  /** Replaces everything the learner owns (after an import has been confirmed). */
  replaceAll: (state: PersistedState) => void;
  /** Forgets all progress and settings on this device, in every open tab. */
  resetAll: (options?: { announce?: boolean }) => void;
}

export type AppState = ProgressSlice & PracticeSlice & SettingsSlice & AssignmentsSlice & DataSlice;

/** The part of the state that is saved. */
export function persistedPart(state: AppState): PersistedState {
  return {
    settings: state.settings,
    assignments: state.assignments,
    modules: state.modules,
    quizzes: state.quizzes,
    scenarios: state.scenarios,
    practice: state.practice,
  };
}

export function createAppStore(storage: Storage | null = probeLocalStorage()) {
  return create<AppState>()(
    persist(
      (...a) => {
        const [set] = a;
        return {
          ...createProgressSlice(...a),
          ...createPracticeSlice(...a),
          ...createSettingsSlice(...a),
          ...createAssignmentsSlice(...a),
          replaceAll: (state) => set(state),
          resetAll: ({ announce = true } = {}) => {
            set((current) => ({
              settings: { ...current.settings, learnerName: '', updatedAt: Date.now() },
              assignments: {},
              modules: {},
              quizzes: {},
              scenarios: {},
              practice: {},
            }));
            if (announce) announceDeletion({ kind: 'reset', at: Date.now() });
          },
        };
      },
      {
        name: STORAGE_KEY,
        version: STORAGE_VERSION,
        storage: createSafeStorage(storage),
        partialize: persistedPart,
      },
    ),
  );
}

export const useAppStore = createAppStore();
