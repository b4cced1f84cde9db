/**
 * The completion receipt: what a learner sends their trainer when an
 * assignment is done, as a small JSON file or a short text code for an email
 * (receipt-codec.ts). This file holds its shape, and how it is built from the
 * learner's progress.
 *
 * A receipt holds the learner's name and language, the assignment (id, title,
 * organisation, pass mark, due date), each module with its best score and the
 * date it was first passed, the completion date and the course version.
 * Receipts of format version 1 have no language.
 */
import { z } from 'zod/mini';
import { localDate } from '@/lib/local-date';
import { bestScore, finishedFreshAttempts, hasPassed, reachesPassMark } from '@/domain/attempts';
import { assignmentFields, cleanText, MAX_MODULES, RealDate } from '@/domain/assignment';
import { holds } from '@/lib/wire/holds';
import { LanguageCode } from '@/lib/wire/language-code';
import type { Assignment, QuizAttempt } from '@/store/schema';

const MAX_NAME = 120;

const id = z.string().check(z.regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,79}$/));

export const ReceiptModule = z.object({
  id,
  /** Best score of a fresh attempt, as a share (0–1). */
  score: z.number().check(z.gte(0), z.lte(1)),
  /** The day the module was first passed for this assignment, YYYY-MM-DD. */
  passedOn: RealDate,
});

/** The fields every receipt has had since format version 1. */
export const receiptFields = {
  name: cleanText(1, MAX_NAME),
  /** What the receipt repeats of the assignment, with the assignment's own rules. */
  assignment: z.object({
    id,
    title: assignmentFields.title,
    organisation: assignmentFields.organisation,
    passMark: assignmentFields.passMark,
    due: assignmentFields.due,
  }),
  modules: z.array(ReceiptModule).check(
    z.minLength(1),
    z.maxLength(MAX_MODULES),
    holds((modules) => new Set(modules.map((m) => m.id)).size === modules.length),
  ),
  /** The day the last module was passed, YYYY-MM-DD. */
  completedOn: RealDate,
  courseVersion: z.string().check(z.regex(/^[0-9A-Za-z][0-9A-Za-z.+-]{0,39}$/)),
};

/** A receipt as the app reads it: `language` since format version 2. */
export const Receipt = z.object({ ...receiptFields, language: z.optional(LanguageCode) });

export type ReceiptModule = z.infer<typeof ReceiptModule>;
export type Receipt = z.infer<typeof Receipt>;

/** Whether a receipt is complete and well formed (what a decoded receipt always is). */
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

/** The receipt for a complete assignment, or null while any of its modules is not passed. */
export function buildReceipt(input: {
  assignment: Assignment;
  quizzes: Record<string, QuizAttempt[]>;
  name: string;
  /** The learner's language code. */
  language: string;
  courseVersion: string;
}): Receipt | null {
  const { assignment } = input;
  const progress = assignmentProgress(assignment, input.quizzes);
  if (!progress.complete || progress.completedAt === undefined) return null;
  const receipt: Receipt = {
    name: input.name.trim(),
    language: input.language,
    assignment: {
      id: assignment.id,
      title: assignment.title,
      organisation: assignment.organisation,
      passMark: assignment.passMark,
    },
    modules: progress.modules.map((m) => ({
      id: m.id,
      score: m.bestScore ?? 0,
      passedOn: localDate(m.passedAt ?? 0),
    })),
    completedOn: localDate(progress.completedAt),
    courseVersion: input.courseVersion,
  };
  if (assignment.due) receipt.assignment.due = assignment.due;
  return receipt;
}
