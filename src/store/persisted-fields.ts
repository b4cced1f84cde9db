/**
 * One rule per saved field: its empty value, what a reset leaves, how two
 * copies merge, how a copy from another tab drops what this page has seen
 * deleted, and what of a damaged copy can be kept. The table's type is keyed by the stored schema's keys, so a new
 * field that is left out here does not compile; everything that walks the saved
 * state (the persisted part, the empty state, reset, merge, tab sync) walks
 * this table.
 */
import { type Language, SOURCE_LANGUAGE } from '@/config/languages';
import {
  mergeAssignments,
  mergeModules,
  mergePractice,
  mergePracticeRound,
  mergeQuizzes,
  mergeScenarios,
  mergeSettings,
} from './merge';
import { entries, fieldwise, items, repaired, whole } from './salvage';
import {
  Assignment,
  DecisionKey,
  id,
  MAX_ATTEMPTS_PER_MODULE,
  ModuleProgress,
  PersistedState,
  PracticeRound,
  PracticeStat,
  QuizAnswer,
  QuizAttempt,
  ScenarioKey,
  ScenarioProgress,
  Settings,
} from './schema';
import type { Forgotten } from './tab-channel';

type Key = keyof PersistedState;

interface FieldRule<K extends Key> {
  /** The value a new learner starts with. */
  empty: (language: Language) => PersistedState[K];
  /** What a reset leaves of the value. */
  reset: (value: PersistedState[K]) => PersistedState[K];
  /** Joins two copies without losing what either holds (commutative and idempotent). */
  merge: (a: PersistedState[K], b: PersistedState[K]) => PersistedState[K];
  /** A copy from another tab without what this page knows to be deleted. */
  unforgotten: (value: PersistedState[K], forgotten: Forgotten) => PersistedState[K];
  /**
   * What is valid in a value the schema refuses as a whole (salvage.ts): entry by
   * entry, and inside an entry field by field where a part can stand alone.
   */
  salvage: (value: unknown) => PersistedState[K];
}

const keep = <T>(record: Record<string, T>, fresh: (value: T, key: string) => boolean) =>
  Object.fromEntries(Object.entries(record).filter(([key, value]) => fresh(value, key)));

const emptySettings = (language: Language): Settings => ({
  language,
  learnerName: '',
  updatedAt: 0,
});

const attempt = repaired(QuizAttempt, { answers: entries(id, whole(QuizAnswer)) });
const attempts = items(attempt, MAX_ATTEMPTS_PER_MODULE);

export const PERSISTED_FIELDS: { [K in Key]: FieldRule<K> } = {
  settings: {
    empty: emptySettings,
    // A reset forgets the name and the role's tracks but keeps how the learner reads: the
    // language, and the read-aloud speed and voice when they have chosen them.
    reset: ({ language, readAloudRate, readAloudVoice }) => ({
      language,
      learnerName: '',
      ...(readAloudRate === undefined ? {} : { readAloudRate }),
      ...(readAloudVoice === undefined ? {} : { readAloudVoice }),
      updatedAt: Date.now(),
    }),
    merge: mergeSettings,
    unforgotten: (settings) => settings,
    salvage: fieldwise(Settings, emptySettings(SOURCE_LANGUAGE)),
  },
  assignments: {
    empty: () => ({}),
    reset: () => ({}),
    merge: mergeAssignments,
    unforgotten: (assignments, { resetAt, assignments: removed }) =>
      keep(assignments, (a, id) => a.acceptedAt > resetAt && a.acceptedAt > (removed[id] ?? 0)),
    salvage: entries(
      id,
      repaired(Assignment, {
        due: whole(Assignment.shape.due),
        policyUrl: whole(Assignment.shape.policyUrl),
        reportingUrl: whole(Assignment.shape.reportingUrl),
        identifiedBy: whole(Assignment.shape.identifiedBy),
        learnerId: whole(Assignment.shape.learnerId),
        learnerIdAt: whole(Assignment.shape.learnerIdAt),
      }),
    ),
  },
  modules: {
    empty: () => ({}),
    reset: () => ({}),
    merge: mergeModules,
    unforgotten: (modules, { resetAt }) => keep(modules, (m) => m.updatedAt > resetAt),
    salvage: entries(
      id,
      repaired(ModuleProgress, {
        lessonsVisited: items(whole(id), 100),
        currentLesson: whole(ModuleProgress.shape.currentLesson),
      }),
    ),
  },
  quizzes: {
    empty: () => ({}),
    reset: () => ({}),
    merge: mergeQuizzes,
    unforgotten: (quizzes, { resetAt, attempts: discarded }) =>
      Object.fromEntries(
        Object.entries(quizzes)
          .map(([id, attempts]) => {
            const kept = attempts.filter((a) => a.updatedAt > resetAt && !discarded.includes(a.id));
            return [id, kept] as const;
          })
          .filter(([, attempts]) => attempts.length > 0),
      ),
    salvage: entries(id, (list) => {
      const kept = attempts(list);
      return kept.length > 0 ? kept : undefined;
    }),
  },
  scenarios: {
    empty: () => ({}),
    reset: () => ({}),
    merge: mergeScenarios,
    unforgotten: (scenarios, { resetAt }) => keep(scenarios, (s) => s.updatedAt > resetAt),
    salvage: entries(
      ScenarioKey,
      repaired(ScenarioProgress, {
        endingsFound: items(whole(id), 50),
        run: whole(ScenarioProgress.shape.run),
      }),
    ),
  },
  practice: {
    empty: () => ({}),
    reset: () => ({}),
    merge: mergePractice,
    unforgotten: (practice, { resetAt }) => keep(practice, (p) => p.lastSeen > resetAt),
    salvage: entries(DecisionKey, whole(PracticeStat)),
  },
  practiceRound: {
    empty: () => undefined,
    reset: () => undefined,
    merge: mergePracticeRound,
    unforgotten: (round, { resetAt }) => (round && round.updatedAt > resetAt ? round : undefined),
    salvage: whole(PracticeRound),
  },
};

/** The saved state's top-level keys, in the stored schema's order. */
export const PERSISTED_KEYS = Object.keys(PersistedState.shape) as Key[];

/** Builds a saved state field by field from the table. */
function fieldByField(value: <K extends Key>(key: K) => PersistedState[K]): PersistedState {
  return Object.fromEntries(PERSISTED_KEYS.map((key) => [key, value(key)])) as PersistedState;
}

/** The saved part of any object that holds at least the saved fields (the store's state). */
export function persistedPart(state: PersistedState): PersistedState {
  return fieldByField((key) => state[key]);
}

/** The state of a learner who has done nothing yet. */
export function emptyState(language: Language = 'sv'): PersistedState {
  return fieldByField((key) => PERSISTED_FIELDS[key].empty(language));
}

/** What a reset leaves of `state`: every field as its rule says. */
export function resetState(state: PersistedState): PersistedState {
  return fieldByField((key) => PERSISTED_FIELDS[key].reset(state[key]));
}

/** Joins two saved states without losing anything either of them holds. */
export function mergeStates(a: PersistedState, b: PersistedState): PersistedState {
  return fieldByField((key) => PERSISTED_FIELDS[key].merge(a[key], b[key]));
}

/** A state from another tab without what this page knows to be deleted. */
export function withoutForgotten(state: PersistedState, forgotten: Forgotten): PersistedState {
  return fieldByField((key) => PERSISTED_FIELDS[key].unforgotten(state[key], forgotten));
}

/**
 * Everything valid in a value that should be a saved state but is not valid as
 * a whole: field by field from the table. Always a valid state, empty at worst.
 */
export function salvageState(value: unknown): PersistedState {
  const source =
    typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const kept = fieldByField((key) => PERSISTED_FIELDS[key].salvage(source[key]));
  // Each rule keeps only what its schema accepts, so this holds; the check makes it certain.
  return PersistedState.safeParse(kept).success ? kept : emptyState();
}

/** Whether a state holds anything the learner did (more than a language). */
export function holdsProgress(state: PersistedState): boolean {
  const empty = emptyState(state.settings.language);
  return PERSISTED_KEYS.some((key) =>
    key === 'settings'
      ? state.settings.learnerName !== ''
      : JSON.stringify(state[key]) !== JSON.stringify(empty[key]),
  );
}
