/**
 * The JSON that suspend data version 2 carries (suspend-data.ts), as zod
 * schemas, with one-letter keys to stay within SCORM 1.2's 4,096 characters.
 * Modules are named by id; lessons, dilemmas, endings, questions and options
 * by their position in the module, which the module's fingerprint guards.
 * Times are whole seconds since 1970, rounded down.
 */
import { z } from 'zod/mini';
import { LanguageCode } from '@/lib/wire/language-code';
import {
  MAX_ATTEMPT_QUESTIONS,
  MAX_ATTEMPTS_PER_MODULE,
  MAX_ID_LENGTH,
  PersistedState,
  Settings,
} from '@/store/schema';

const id = z.string().check(z.minLength(1), z.maxLength(MAX_ID_LENGTH));
const seconds = z.int().check(z.nonnegative());
/** A place in one of a module's lists (lessons, dilemmas, endings, questions, options). */
const position = z.int().check(z.gte(0), z.lte(999));
const positions = z.array(position).check(z.maxLength(1000));
const flag = z.int().check(z.gte(0), z.lte(1));

/**
 * One question of an attempt: its place in the pool, the order its options
 * were shown in, and once answered the options chosen, in the order chosen,
 * and whether that was right (1) or not (0).
 */
export const SuspendQuestion = z.tuple([
  position,
  positions,
  z.optional(positions),
  z.optional(flag),
]);

export const SuspendAttempt = z.object({
  /** The attempt's id. */
  i: id,
  /** 1 for a round on wrong answers only. */
  w: z.optional(flag),
  /** When it started; from a module's second attempt on, seconds after the previous one started. */
  s: z.int(),
  /** Seconds from start to the last change, when that was not the finish. */
  u: z.optional(seconds),
  /** Seconds from start to finish, once finished. */
  e: z.optional(seconds),
  /** The pass mark, in thousandths. */
  k: z.int().check(z.gte(0), z.lte(1000)),
  /** Questions drawn and questions right, once scored. */
  n: z.optional(z.tuple([z.int().check(z.gte(1), z.lte(MAX_ATTEMPT_QUESTIONS)), seconds])),
  /** Passed (1) or not (0), once known. */
  p: z.optional(flag),
  /** Every question in detail: for the attempt in progress and the latest finished one. */
  q: z.optional(z.array(SuspendQuestion).check(z.minLength(1), z.maxLength(MAX_ATTEMPT_QUESTIONS))),
});

export const SuspendModule = z.object({
  /** The module's id. */
  i: id,
  /** The module's fingerprint (course-index.ts): positions count only where it matches. */
  f: z.int().check(z.gte(0), z.lte(0x7fff)),
  /** Lessons: the ones read, the current one, and when that changed. */
  l: z.optional(z.object({ r: positions, c: z.optional(position), t: seconds })),
  /** Dilemmas played: each one's position, the endings found, and when that changed. */
  s: z.optional(z.array(z.tuple([position, positions, seconds])).check(z.maxLength(100))),
  /** Quiz attempts, in their saved order. */
  q: z.optional(z.array(SuspendAttempt).check(z.maxLength(MAX_ATTEMPTS_PER_MODULE))),
});

export const SuspendV2 = z.object({
  /** The learner's language code. */
  l: LanguageCode,
  /** The learner's name. */
  n: z.string().check(z.maxLength(120)),
  /** When the settings changed. */
  t: seconds,
  /** The modules with progress, in course order. */
  m: z.array(SuspendModule).check(z.maxLength(500)),
});

export type SuspendQuestion = z.infer<typeof SuspendQuestion>;
export type SuspendAttempt = z.infer<typeof SuspendAttempt>;
export type SuspendModule = z.infer<typeof SuspendModule>;
export type SuspendV2 = z.infer<typeof SuspendV2>;

/**
 * A saved state as suspend data brings it back: the store's saved state, but
 * the language may be any language code. Which languages this build knows is
 * for the store to say (see `toSavedState` in suspend-data.ts).
 */
export const SuspendedState = z.object({
  ...PersistedState.shape,
  settings: z.object({ ...Settings.shape, language: LanguageCode }),
});
export type SuspendedState = z.infer<typeof SuspendedState>;

/** A time (ms) in whole seconds, rounded down, as suspend data keeps it. */
export const toSeconds = (ms: number) => Math.floor(ms / 1000);

/** A time (ms) as it reads back from suspend data: to the second, rounded down, never newer. */
export const savedTime = (ms: number) => toSeconds(ms) * 1000;
