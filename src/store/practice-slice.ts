/** How the learner does at each decision point of the dilemmas, for practice mode. */
import type { StateCreator } from 'zustand';
import { DECISION_KEY, type PersistedState } from './schema';
import type { AppState } from './store';

type Practice = PersistedState['practice'];

export interface PracticeSlice {
  practice: Practice;
  /**
   * Records an answer at a decision point (`moduleId/scenarioId/stepId`):
   * `right` when the learner made the best choice there. Refuses a key that is
   * not three ids joined by "/", so a bad key can never make the saved state invalid.
   */
  recordDecision: (key: string, right: boolean) => void;
}

/** The practice statistics with one more answer at `key`; the same object when the key is refused. */
export function withDecision(
  practice: Practice,
  key: string,
  right: boolean,
  at: number,
): Practice {
  if (!DECISION_KEY.test(key)) return practice;
  const current = practice[key];
  return {
    ...practice,
    [key]: {
      seen: (current?.seen ?? 0) + 1,
      wrong: (current?.wrong ?? 0) + (right ? 0 : 1),
      lastSeen: at,
      lastRight: right,
    },
  };
}

export const createPracticeSlice: StateCreator<AppState, [], [], PracticeSlice> = (set) => ({
  practice: {},
  recordDecision: (key, right) =>
    set((state) => {
      const practice = withDecision(state.practice, key, right, Date.now());
      return practice === state.practice ? state : { practice };
    }),
});
