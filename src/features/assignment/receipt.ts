/**
 * The receipt: what a learner sends their trainer to show how far they have
 * come on an assignment, at any time, as a small JSON file or a short text
 * code for an e-mail (receipt-codec.ts). This file holds its one normalised
 * shape, which every format version is read into, and how it is built from
 * the learner's progress.
 *
 * A receipt holds the learner's name, language and (when the assignment asks
 * for one) identifier, the assignment (id, title, organisation, pass mark, due
 * date, what it identifies learners by), each module of the assignment with
 * its status (not started, started, passed), best score and the day it was
 * passed, the day the receipt was made, the day the last module was passed
 * once all are, and the course version.
 * Receipts of format versions 1 and 2 were only made once every module was
 * passed: they are read with every module passed and made on the day they
 * were completed. Version 1 has no language.
 */
import { z } from 'zod/mini';
import { localDate } from '@/lib/local-date';
import { bestScore, finishedFreshAttempts, hasPassed, reachesPassMark } from '@/domain/attempts';
import { assignmentFields, cleanText, MAX_MODULES, RealDate } from '@/domain/assignment';
import { Identifier, normaliseIdentifier } from '@/domain/identifier';
import { holds } from '@/lib/wire/holds';
import { LanguageCode } from '@/lib/wire/language-code';
import type { Assignment, ModuleProgress, QuizAttempt } from '@/store/schema';

const MAX_NAME = 120;

const id = z.string().check(z.regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,79}$/));
const score = z.number().check(z.gte(0), z.lte(1));

const distinctModules = <T extends { id: string }>(module: z.ZodMiniType<T>) =>
  z.array(module).check(
    z.minLength(1),
    z.maxLength(MAX_MODULES),
    holds((modules) => new Set(modules.map((m) => m.id)).size === modules.length),
  );

/** How far a learner has come in one module of an assignment. */
export const MODULE_STATUSES = ['passed', 'started', 'not-started'] as const;
export type ModuleStatus = (typeof MODULE_STATUSES)[number];

/** A module of a receipt of format version 1 or 2: always passed. */
export const LegacyReceiptModule = z.object({
  id,
  /** Best score of a fresh attempt, as a share (0–1). */
  score,
  /** The day the module was first passed for this assignment, YYYY-MM-DD. */
  passedOn: RealDate,
});

/** The fields receipts of format versions 1 and 2 have (version 2 adds `language`). */
export const legacyReceiptFields = {
  name: cleanText(1, MAX_NAME),
  /** What the receipt repeats of the assignment, with the assignment's own rules. */
  assignment: z.object({
    id,
    title: assignmentFields.title,
    organisation: assignmentFields.organisation,
    passMark: assignmentFields.passMark,
    due: assignmentFields.due,
  }),
  modules: distinctModules(LegacyReceiptModule),
  /** The day the last module was passed, YYYY-MM-DD. */
  completedOn: RealDate,
  courseVersion: z.string().check(z.regex(/^[0-9A-Za-z][0-9A-Za-z.+-]{0,39}$/)),
};

/** One module of a receipt: `passedOn` is there exactly when it is passed. */
export const ReceiptModule = z
  .object({
    id,
    status: z.enum(MODULE_STATUSES),
    /** Best score of a finished fresh attempt (0–1), when there is one. */
    score: z.optional(score),
    /** The day the module was first passed for this assignment, YYYY-MM-DD. */
    passedOn: z.optional(RealDate),
  })
  .check(holds((m) => (m.status === 'passed') === (m.passedOn !== undefined)));

/** The fields of a receipt of today's format (version 3), and the shape every version is read into. */
export const receiptFields = {
  name: legacyReceiptFields.name,
  language: z.optional(LanguageCode),
  /** The learner's identifier, normalised, when the assignment asks for one. */
  learnerId: z.optional(Identifier),
  assignment: z.object({
    ...legacyReceiptFields.assignment.shape,
    identifiedBy: assignmentFields.identifiedBy,
  }),
  /** The assignment's modules, in its order. */
  modules: distinctModules(ReceiptModule),
  /** The day the receipt was made, YYYY-MM-DD. */
  madeOn: RealDate,
  /** The day the last module was passed, YYYY-MM-DD: there exactly when every module is passed. */
  completedOn: z.optional(RealDate),
  courseVersion: legacyReceiptFields.courseVersion,
};

/** A receipt as the app reads it, of any format version. */
export const Receipt = z
  .object(receiptFields)
  .check(
    holds((r) => r.modules.every((m) => m.status === 'passed') === (r.completedOn !== undefined)),
  );

export type ReceiptModule = z.infer<typeof ReceiptModule>;
export type Receipt = z.infer<typeof Receipt>;

/** Whether a receipt is well formed (what a decoded receipt always is). */
export function isValidReceipt(receipt: Receipt): boolean {
  return Receipt.safeParse(receipt).success;
}

// --- from the learner's progress ----------------------------------------------

export interface ModuleResult {
  id: string;
  /** Passed for this assignment: the module is passed, and a fresh attempt reached the assignment's pass mark. */
  passed: boolean;
  /** Best score of a finished fresh attempt (0–1), if any. */
  bestScore?: number;
  /** When the module was first passed for this assignment (ms). */
  passedAt?: number;
}

/**
 * How one module stands for an assignment with `passMark`. A module passed
 * once counts for every assignment (`hasPassed`), as long as the best fresh
 * attempt reached this assignment's own pass mark. Wrong-only retakes are
 * practice and never count.
 */
export function moduleResult(
  id: string,
  attempts: QuizAttempt[] | undefined,
  passMark: number,
): ModuleResult {
  const fresh = finishedFreshAttempts(attempts);
  const best = bestScore(attempts);
  const firstFlag = fresh.find((a) => a.passed);
  const firstMark = fresh.find((a) => reachesPassMark(a.score ?? 0, passMark));
  const passed = hasPassed(attempts) && firstFlag !== undefined && firstMark !== undefined;
  const result: ModuleResult = { id, passed };
  if (best !== undefined) result.bestScore = best;
  if (passed) result.passedAt = Math.max(firstFlag.finishedAt ?? 0, firstMark.finishedAt ?? 0);
  return result;
}

export interface AssignmentProgress {
  modules: ModuleResult[];
  passedCount: number;
  complete: boolean;
  /** When the last module was passed (ms), once complete. */
  completedAt?: number;
}

/** Each module of an assignment with its result, and whether all are passed. */
export function assignmentProgress(
  assignment: Pick<Assignment, 'modules' | 'passMark'>,
  quizzes: Record<string, QuizAttempt[]>,
): AssignmentProgress {
  const modules = assignment.modules.map((id) =>
    moduleResult(id, quizzes[id], assignment.passMark),
  );
  const passedCount = modules.filter((m) => m.passed).length;
  const complete = modules.length > 0 && passedCount === modules.length;
  const progress: AssignmentProgress = { modules, passedCount, complete };
  if (complete) progress.completedAt = Math.max(...modules.map((m) => m.passedAt ?? 0));
  return progress;
}

/** Whether `day` (YYYY-MM-DD) is after the due date; never late without a due date. */
export function isAfterDue(due: string | undefined, day: string): boolean {
  return due !== undefined && day > due;
}

/** How far the learner has come in one module: passed for the assignment, started, or not started. */
export function moduleStatus(
  result: ModuleResult,
  attempts: QuizAttempt[] | undefined,
  progress: ModuleProgress | undefined,
): ModuleStatus {
  if (result.passed) return 'passed';
  const started = (progress?.lessonsVisited.length ?? 0) > 0 || (attempts?.length ?? 0) > 0;
  return started ? 'started' : 'not-started';
}

/**
 * The receipt of how far the learner has come on an assignment, at any time:
 * each module passed (per {@link moduleResult}), started (a lesson visited or a
 * quiz attempted) or not started. `completedOn` is set once every module is
 * passed. The learner's identifier is kept, normalised, only when the
 * assignment asks for one. `now` (ms) is when it is made.
 */
export function buildReceipt(input: {
  assignment: Assignment;
  quizzes: Record<string, QuizAttempt[]>;
  /** The learner's progress in the lessons, by module id. */
  modules: Record<string, ModuleProgress>;
  name: string;
  /** The learner's language code. */
  language: string;
  courseVersion: string;
  learnerId?: string;
  now?: number;
}): Receipt {
  const { assignment } = input;
  const progress = assignmentProgress(assignment, input.quizzes);
  const receipt: Receipt = {
    name: input.name.trim(),
    language: input.language,
    assignment: {
      id: assignment.id,
      title: assignment.title,
      organisation: assignment.organisation,
      passMark: assignment.passMark,
    },
    modules: progress.modules.map((m) => {
      const module: ReceiptModule = {
        id: m.id,
        status: moduleStatus(m, input.quizzes[m.id], input.modules[m.id]),
      };
      if (m.bestScore !== undefined) module.score = m.bestScore;
      if (m.passed) module.passedOn = localDate(m.passedAt ?? 0);
      return module;
    }),
    madeOn: localDate(input.now ?? Date.now()),
    courseVersion: input.courseVersion,
  };
  if (assignment.due) receipt.assignment.due = assignment.due;
  if (assignment.identifiedBy) {
    receipt.assignment.identifiedBy = assignment.identifiedBy;
    if (input.learnerId) {
      receipt.learnerId = normaliseIdentifier(assignment.identifiedBy, input.learnerId);
    }
  }
  if (progress.complete && progress.completedAt !== undefined) {
    receipt.completedOn = localDate(progress.completedAt);
  }
  return receipt;
}
