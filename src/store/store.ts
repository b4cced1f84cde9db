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
import { announceDeletion, type Forgotten, nothingForgotten } from './tab-channel';

export interface DataSlice {
  /** Replaces everything the learner owns (after an import has been confirmed). */
  replaceAll: (state: PersistedState) => void;
  /**
   * Forgets all progress and settings on this device, and tells the other open tabs;
   * `at` is the time of a reset another tab announced.
   */
  resetAll: (options?: { announce?: boolean; at?: number }) => void;
  /** What this page has seen deleted, so another tab's save cannot bring it back; never saved. */
  forgotten: Forgotten;
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
          forgotten: nothingForgotten(),
          resetAll: ({ announce = true, at = Date.now() } = {}) => {
            set((current) => ({
              forgotten: { ...current.forgotten, resetAt: Math.max(current.forgotten.resetAt, at) },
              settings: {
                language: current.settings.language,
                learnerName: '',
                updatedAt: Date.now(),
              },
              assignments: {},
              modules: {},
              quizzes: {},
              scenarios: {},
              practice: {},
            }));
            if (announce) announceDeletion({ kind: 'reset', at });
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
