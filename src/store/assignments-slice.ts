/** Assignments a trainer gave the learner through a link, once accepted. */
import type { StateCreator } from 'zustand';
import type { Assignment, PersistedState } from './schema';
import type { AppState } from './store';
import { announceDeletion } from './tab-channel';

export interface AssignmentsSlice {
  assignments: PersistedState['assignments'];
  /** Keeps an accepted assignment; accepting the same one again changes nothing. */
  acceptAssignment: (assignment: Assignment) => void;
  /**
   * Keeps the learner's identifier (normalised) for an accepted assignment, given or changed on
   * "Mina uppdrag"; does nothing for an assignment not accepted.
   */
  setLearnerId: (id: string, learnerId: string, at?: number) => void;
  /** Forgets an accepted assignment here and in the other open tabs. */
  removeAssignment: (id: string, options?: { announce?: boolean; at?: number }) => void;
}

export const createAssignmentsSlice: StateCreator<AppState, [], [], AssignmentsSlice> = (set) => ({
  assignments: {},
  acceptAssignment: (assignment) =>
    set((state) =>
      state.assignments[assignment.id]
        ? state
        : { assignments: { ...state.assignments, [assignment.id]: assignment } },
    ),
  setLearnerId: (id, learnerId, at = Date.now()) =>
    set((state) => {
      const assignment = state.assignments[id];
      if (!assignment) return state;
      return {
        assignments: { ...state.assignments, [id]: { ...assignment, learnerId, learnerIdAt: at } },
      };
    }),
  removeAssignment: (id, { announce = true, at = Date.now() } = {}) => {
    set((state) => {
      const { [id]: _removed, ...rest } = state.assignments;
      return {
        assignments: rest,
        forgotten: {
          ...state.forgotten,
          assignments: { ...state.forgotten.assignments, [id]: at },
        },
      };
    });
    if (announce) announceDeletion({ kind: 'remove-assignment', id, at });
  },
});
