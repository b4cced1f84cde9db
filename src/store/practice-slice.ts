/** How the learner does at each decision point of the dilemmas, for practice mode. */
import type { StateCreator } from 'zustand';
import { DECISION_KEY, type PersistedState, PracticeRound } from './schema';
import type { AppState } from './store';

type Practice = PersistedState['practice'];
type Round = PersistedState['practiceRound'];

export interface PracticeSlice {
  practice: Practice;
  /** The practice round under way, if any; saved, so a reload goes on with it. */
  practiceRound: Round;
  /**
   * Starts a new practice round with the decision points `draw` picks, in order, given the
   * moment it starts; refuses an empty or bad list.
   */
  startPracticeRound: (draw: (at: number) => string[]) => void;
  /**
   * Answers the decision point the round is at: saves the choice in the round and
   * records it in the statistics (`right` when it was the best choice). Refuses a
   * key that is not the current one, or one already answered.
   */
  answerInPracticeRound: (key: string, choiceId: string, right: boolean) => void;
  /** Moves the round on to its next decision point (or to the summary after the last one). */
  nextInPracticeRound: () => void;
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

/** A new round of these keys, or undefined when the schema would refuse it. */
export function newRound(keys: string[], at: number): Round {
  const round = { keys, answers: {}, index: 0, startedAt: at, updatedAt: at };
  return PracticeRound.safeParse(round).success ? round : undefined;
}

/** The round with the current decision point answered; the same object when refused. */
export function withRoundAnswer(round: Round, key: string, choiceId: string, at: number): Round {
  if (!round || round.keys[round.index] !== key || round.answers[key] !== undefined) return round;
  const next = { ...round, answers: { ...round.answers, [key]: choiceId }, updatedAt: at };
  return PracticeRound.safeParse(next).success ? next : round;
}

export const createPracticeSlice: StateCreator<AppState, [], [], PracticeSlice> = (set) => ({
  practice: {},
  practiceRound: undefined,
  startPracticeRound: (draw) => {
    const at = Date.now();
    set({ practiceRound: newRound(draw(at), at) });
  },
  answerInPracticeRound: (key, choiceId, right) =>
    set((state) => {
      const at = Date.now();
      const practiceRound = withRoundAnswer(state.practiceRound, key, choiceId, at);
      if (practiceRound === state.practiceRound) return state;
      return { practiceRound, practice: withDecision(state.practice, key, right, at) };
    }),
  nextInPracticeRound: () =>
    set((state) => {
      const round = state.practiceRound;
      const current = round?.keys[round.index];
      if (!round || current === undefined || round.answers[current] === undefined) return state;
      return { practiceRound: { ...round, index: round.index + 1, updatedAt: Date.now() } };
    }),
  recordDecision: (key, right) =>
    set((state) => {
      const practice = withDecision(state.practice, key, right, Date.now());
      return practice === state.practice ? state : { practice };
    }),
});
