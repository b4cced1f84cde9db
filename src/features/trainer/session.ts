/**
 * A facilitated session of one dilemma, kept in component state only: the path
 * the group has taken, the votes typed in at each step and which steps have
 * had their answers revealed. Pure.
 */
import { bestChoices } from '@/domain/practice';
import type { Scenario, ScenarioStep } from '@/types/content';
import { parseVoteCount } from './vote-count';

export interface SessionState {
  /** Node ids from the start to where the group is now (the last one). */
  path: string[];
  /** The choice ids the group went on with, one for each step on the path but the last. */
  chosen: string[];
  /** Votes as typed, by step id and then choice id. */
  votes: Record<string, Record<string, string>>;
  /** Step ids whose consequences have been shown. */
  revealed: string[];
}

export type SessionAction =
  | { type: 'vote'; stepId: string; choiceId: string; value: string }
  | { type: 'reveal' }
  /** Reveals the step's answers, or once they are shown, goes on with `choiceId` (or the group's choice). */
  | { type: 'next'; choiceId?: string }
  | { type: 'back' }
  | { type: 'restart' };

export const startSession = (scenario: Scenario): SessionState => ({
  path: [scenario.start],
  chosen: [],
  votes: {},
  revealed: [],
});

/** A typed vote as a count: a whole number of 0 or more (empty is 0), else `undefined`. */
export function parseVote(value: string): number | undefined {
  const parsed = parseVoteCount(value);
  return parsed.ok ? parsed.count : undefined;
}

/** The counts at a step, in the order of its choices (a bad entry counts as 0). */
export function voteCounts(state: SessionState, step: ScenarioStep): number[] {
  const typed = state.votes[step.id] ?? {};
  return step.choices.map((c) => parseVote(typed[c.id] ?? '') ?? 0);
}

/** The choice with the most votes, if one choice leads. */
export function mostVotedId(state: SessionState, step: ScenarioStep): string | undefined {
  const counts = voteCounts(state, step);
  const most = Math.max(0, ...counts);
  const leaders = step.choices.filter((_, i) => counts[i] === most);
  return most > 0 && leaders.length === 1 ? leaders[0]!.id : undefined;
}

/** The choice the group goes on with by default: the most voted one, else the best one. */
export function groupChoiceId(state: SessionState, step: ScenarioStep): string {
  return mostVotedId(state, step) ?? (bestChoices(step)[0] ?? step.choices[0]!).id;
}

export const currentId = (state: SessionState) => state.path[state.path.length - 1]!;

const findStep = (scenario: Scenario, id: string) => scenario.steps.find((s) => s.id === id);

/** Applies one action; actions that make no sense where the group is change nothing. */
export function sessionReducer(scenario: Scenario) {
  return (state: SessionState, action: SessionAction): SessionState => {
    const step = findStep(scenario, currentId(state));
    switch (action.type) {
      case 'vote':
        return {
          ...state,
          votes: {
            ...state.votes,
            [action.stepId]: { ...state.votes[action.stepId], [action.choiceId]: action.value },
          },
        };
      case 'reveal':
        if (!step || state.revealed.includes(step.id)) return state;
        return { ...state, revealed: [...state.revealed, step.id] };
      case 'next': {
        if (!step) return state;
        if (!action.choiceId && !state.revealed.includes(step.id)) {
          return { ...state, revealed: [...state.revealed, step.id] };
        }
        const choiceId = action.choiceId ?? groupChoiceId(state, step);
        const choice = step.choices.find((c) => c.id === choiceId);
        if (!choice) return state;
        return {
          ...state,
          path: [...state.path, choice.next],
          chosen: [...state.chosen, choice.id],
        };
      }
      case 'back':
        if (state.path.length < 2) return state;
        return { ...state, path: state.path.slice(0, -1), chosen: state.chosen.slice(0, -1) };
      case 'restart':
        return startSession(scenario);
    }
  };
}
