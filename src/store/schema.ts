/**
 * What the app keeps in local storage, as a schema. Everything read back from
 * storage, another tab or an imported file is checked against it.
 * Change it only together with a new version and migration (migrations.ts).
 * Uses zod/mini, which keeps the first page small.
 */
import { z } from 'zod/mini';
import { LANGUAGE_CODES } from '@/config/languages';
import { withoutHiddenCharacters } from '@/lib/plain-text';
import { assignmentFields, cleanText, LIMITS } from '@/domain/assignment';
import { Identifier } from '@/domain/identifier';

export const STORAGE_VERSION = 3;

/** Limits of what is stored. The content schema (pipeline/content/schema.ts) keeps content within them. */
export const MAX_ID_LENGTH = 80;
export const MAX_ATTEMPT_QUESTIONS = 100;
export const MAX_OPTIONS = 20;
export const MAX_ATTEMPTS_PER_MODULE = 500;

/** The last moment a JavaScript date can hold (year 275760): a later "time" is no date at all. */
export const MAX_TIME = 8_640_000_000_000_000;

export const id = z.string().check(z.minLength(1), z.maxLength(MAX_ID_LENGTH));

/** The latest moment a parse accepts: MAX_TIME, or less inside `notAfter`. */
let latestAccepted = MAX_TIME;

/** A moment in ms since 1970: a real date, and no later than `notAfter` allows. */
export const time = z.int().check(
  z.nonnegative(),
  z.lte(MAX_TIME),
  z.refine((t) => t <= latestAccepted),
);

/**
 * Runs `parse` (synchronous) with every `time` in it required to be at most
 * `bound`: for data from outside this page (an imported file, a message from
 * another tab), whose moments cannot lie in the future.
 */
export function notAfter<T>(bound: number, parse: () => T): T {
  const before = latestAccepted;
  latestAccepted = Math.min(before, bound);
  try {
    return parse();
  } finally {
    latestAccepted = before;
  }
}

/**
 * Text a person wrote (a name, a title), at most `max` characters. Bidirectional
 * controls and invisible characters are dropped as it is read (src/lib/plain-text.ts).
 */
const plainText = (max: number) =>
  z.string().check(z.overwrite(withoutHiddenCharacters), z.maxLength(max));
const share = z.number().check(z.gte(0), z.lte(1));

export const QuizAnswer = z.object({
  selected: z.array(id).check(z.maxLength(MAX_OPTIONS)),
  correct: z.boolean(),
  at: time,
});

export const QuizAttempt = z.object({
  id,
  mode: z.enum(['fresh', 'wrong-only']),
  startedAt: time,
  updatedAt: time,
  finishedAt: z.optional(time),
  passMark: share,
  /** The questions drawn, in the order shown, each with its options in the order shown. */
  questions: z
    .array(z.object({ id, options: z.array(id).check(z.maxLength(MAX_OPTIONS)) }))
    .check(z.minLength(1), z.maxLength(MAX_ATTEMPT_QUESTIONS)),
  answers: z.record(id, QuizAnswer),
  /** Share of answers right, set when the attempt is finished. */
  score: z.optional(share),
  passed: z.optional(z.boolean()),
});

export const ModuleProgress = z.object({
  lessonsVisited: z.array(id).check(z.maxLength(100)),
  currentLesson: z.optional(id),
  updatedAt: time,
});

export const ScenarioRun = z.object({
  /** The choices made so far, in order: [stepId, choiceId]. */
  path: z.array(z.tuple([id, id])).check(z.maxLength(100)),
  startedAt: time,
  updatedAt: time,
});

export const ScenarioProgress = z.object({
  endingsFound: z.array(id).check(z.maxLength(50)),
  run: z.optional(ScenarioRun),
  updatedAt: time,
});

/** At most this many tracks are kept as the learner's choice. */
export const MAX_TRACKS = 50;

export const Settings = z.object({
  language: z.enum(LANGUAGE_CODES),
  learnerName: plainText(120),
  /**
   * The tracks the learner chose for their role (since version 3); missing until they have
   * chosen, empty when they chose the core only.
   */
  tracks: z.optional(z.array(id).check(z.maxLength(MAX_TRACKS))),
  /**
   * How fast text is read aloud (1 is the voice's normal pace); missing until the learner changes
   * it. This and `readAloudVoice` are optional additions within version 3: every stored state of
   * version 3 is still valid, and a release from before them that writes the state back only drops
   * these two preferences, so no new version or migration is needed.
   */
  readAloudRate: z.optional(z.number().check(z.gte(0.5), z.lte(2))),
  /** The read-aloud voice the learner chose (the device's voiceURI); missing until they choose. */
  readAloudVoice: z.optional(z.string().check(z.minLength(1), z.maxLength(300))),
  updatedAt: time,
});

/**
 * A trainer's assignment the learner has accepted: the assignment's own schema
 * (src/domain/assignment.ts), which every link is read with, and the id the
 * link gave it and when it was accepted. Its texts are cleaned of hidden
 * characters first, as every text read from storage is.
 */
export const Assignment = z.object({
  id,
  ...assignmentFields,
  title: cleanText(1, LIMITS.title, { dropHidden: true }),
  organisation: cleanText(0, LIMITS.organisation, { dropHidden: true }),
  contact: cleanText(0, LIMITS.contact, { dropHidden: true }),
  acceptedAt: time,
  /**
   * The learner's own e-mail address or employee number, normalised, when the assignment asks
   * for one (`identifiedBy`); it goes only into the receipts they send. `learnerIdAt` is when they
   * last gave it, so two tabs keep the newer. Both, and `identifiedBy`, are optional additions
   * within version 3, as `readAloudRate` is: every stored state of version 3 is still valid, and a
   * release from before them that writes the state back only drops them, so no new version or
   * migration is needed.
   */
  learnerId: z.optional(Identifier),
  learnerIdAt: z.optional(time),
});

/** A decision point's key: `moduleId/scenarioId/stepId`. */
export const DECISION_KEY = /^[^/]{1,80}\/[^/]{1,80}\/[^/]{1,80}$/;
export const DecisionKey = z.string().check(z.regex(DECISION_KEY));
/** A dilemma's key: `moduleId/scenarioId`. */
export const ScenarioKey = z.string().check(z.minLength(3), z.maxLength(161));

/** How the learner has done at one decision point of a dilemma, in play and in practice. */
export const PracticeStat = z.object({
  /** Times answered. */
  seen: z.int().check(z.nonnegative()),
  /** Times answered with less than the best choice. */
  wrong: z.int().check(z.nonnegative()),
  lastSeen: time,
  /** Whether the latest answer was the best choice. */
  lastRight: z.boolean(),
});

/** At most this many decision points in one practice round (the domain draws five). */
export const MAX_PRACTICE_ROUND = 50;

/**
 * The practice round the learner is in (since version 3, optional): the decision points
 * drawn, the choice made at each one answered so far, and where they are (an index into
 * `keys`; `keys.length` is the summary at the end).
 */
export const PracticeRound = z
  .object({
    keys: z.array(DecisionKey).check(z.minLength(1), z.maxLength(MAX_PRACTICE_ROUND)),
    answers: z.record(DecisionKey, id),
    index: z.int().check(z.nonnegative(), z.lte(MAX_PRACTICE_ROUND)),
    startedAt: time,
    updatedAt: time,
  })
  .check(
    z.refine(
      (round) =>
        round.index <= round.keys.length &&
        Object.keys(round.answers).every((key) => round.keys.includes(key)),
    ),
  );

export const PersistedState = z.object({
  settings: Settings,
  assignments: z.record(id, Assignment),
  modules: z.record(id, ModuleProgress),
  quizzes: z.record(id, z.array(QuizAttempt).check(z.maxLength(MAX_ATTEMPTS_PER_MODULE))),
  /** Keyed by `moduleId/scenarioId`. */
  scenarios: z.record(ScenarioKey, ScenarioProgress),
  /** Keyed by `moduleId/scenarioId/stepId` (since version 2). */
  practice: z.record(DecisionKey, PracticeStat),
  /** The practice round under way, so a reload goes on with it; missing when there is none. */
  practiceRound: z.optional(PracticeRound),
});

export type QuizAnswer = z.infer<typeof QuizAnswer>;
export type QuizAttempt = z.infer<typeof QuizAttempt>;
export type ModuleProgress = z.infer<typeof ModuleProgress>;
export type ScenarioRun = z.infer<typeof ScenarioRun>;
export type ScenarioProgress = z.infer<typeof ScenarioProgress>;
export type Settings = z.infer<typeof Settings>;
export type Assignment = z.infer<typeof Assignment>;
export type PracticeStat = z.infer<typeof PracticeStat>;
export type PracticeRound = z.infer<typeof PracticeRound>;
export type PersistedState = z.infer<typeof PersistedState>;
