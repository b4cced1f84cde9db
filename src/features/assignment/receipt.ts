/**
 * The completion receipt: what a learner sends their trainer when an
 * assignment is done, as a small JSON file or a short text code for an email.
 *
 * A receipt holds the learner's name, the assignment (id, title,
 * organisation, pass mark, due date), each module with its best score and the
 * date it was first passed, the completion date and the course version, and a
 * check: FNV-1a 64 over all of that. The check catches mistakes and careless
 * edits (a score changed in a text editor). It is NOT a signature: anyone who
 * reads this file can compute it, so it is no proof against a forger.
 *
 * The text code is `R1.<body>.<check>`: the same JSON, compressed with
 * deflate-raw, as base64url, with the code check of assignment links
 * (see assignment-link.ts), so a code cut short or changed in an email is
 * refused. Decoding never throws and never returns part of a receipt.
 */
import type { Assignment, QuizAttempt } from '@/store/schema';
import {
  codeCheck,
  deflateToBase64url,
  inflateFromBase64url,
  isCleanText,
  isRealDate,
  isWholePercentMark,
  LIMITS,
  splitCode,
} from './assignment-link';
import { fnv1a64 } from '@/lib/check-code';
import { finishedAttempts, hasPassed } from '@/lib/progress-status';
import { localDate } from '@/lib/local-date';

export interface ReceiptModule {
  id: string;
  /** Best score of a fresh attempt, as a share (0–1). */
  score: number;
  /** The day the module was first passed for this assignment, YYYY-MM-DD. */
  passedOn: string;
}

export interface Receipt {
  name: string;
  assignment: {
    id: string;
    title: string;
    organisation: string;
    /** A share (0–1), a whole percent from 50 to 100. */
    passMark: number;
    due?: string;
  };
  modules: ReceiptModule[];
  /** The day the last module was passed, YYYY-MM-DD. */
  completedOn: string;
  courseVersion: string;
}

export type ReceiptProblem =
  | 'empty'
  | 'too-large'
  | 'not-json'
  | 'not-receipt'
  | 'unknown-version'
  | 'invalid'
  | 'truncated'
  | 'tampered';

export type ReceiptResult =
  { ok: true; receipt: Receipt; check: string } | { ok: false; reason: ReceiptProblem };

export const RECEIPT_FORMAT = 'mutkollen-receipt';
export const RECEIPT_VERSION = 1;
const CODE_PREFIX = 'R';
/** A receipt file or code larger than this is refused unread. */
export const MAX_RECEIPT_CHARS = 100_000;
const MAX_NAME = 120;
const MAX_MODULES = 50;
const PASS_EPSILON = 1e-9;

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
  const fresh = finishedAttempts(attempts)
    .filter((a) => a.mode === 'fresh')
    .sort((a, b) => (a.finishedAt ?? 0) - (b.finishedAt ?? 0));
  const scores = fresh.map((a) => a.score ?? 0);
  const bestScore = scores.length > 0 ? Math.max(...scores) : undefined;
  const firstFlag = fresh.find((a) => a.passed);
  const firstMark = fresh.find((a) => (a.score ?? 0) >= passMark - PASS_EPSILON);
  const passed = hasPassed(attempts) && firstFlag !== undefined && firstMark !== undefined;
  const result: ModuleResult = { id, passed };
  if (bestScore !== undefined) result.bestScore = bestScore;
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
  courseVersion: string;
}): Receipt | null {
  const { assignment } = input;
  const progress = assignmentProgress(assignment, input.quizzes);
  if (!progress.complete || progress.completedAt === undefined) return null;
  const receipt: Receipt = {
    name: input.name.trim(),
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

// --- check and validation --------------------------------------------------------

function canonical(receipt: Receipt): string {
  const a = receipt.assignment;
  return `${RECEIPT_FORMAT}/${RECEIPT_VERSION}\n${JSON.stringify([
    receipt.name,
    [a.id, a.title, a.organisation, a.passMark, a.due ?? null],
    receipt.modules.map((m) => [m.id, m.score, m.passedOn]),
    receipt.completedOn,
    receipt.courseVersion,
  ])}`;
}

/** The receipt's check: FNV-1a 64 over its canonical text, as 16 hex digits. */
export function receiptCheck(receipt: Receipt): string {
  return fnv1a64(canonical(receipt)).toString(16).padStart(16, '0');
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const text = (v: unknown, min: number, max: number): v is string =>
  typeof v === 'string' && v.length >= min && v.length <= max && isCleanText(v);

const ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,79}$/;
const VERSION = /^[0-9A-Za-z][0-9A-Za-z.+-]{0,39}$/;

function readModule(value: unknown): ReceiptModule | null {
  if (!isObject(value)) return null;
  const { id, score, passedOn } = value;
  if (typeof id !== 'string' || !ID.test(id)) return null;
  if (typeof score !== 'number' || !(score >= 0 && score <= 1)) return null;
  if (typeof passedOn !== 'string' || !isRealDate(passedOn)) return null;
  return { id, score, passedOn };
}

/** A fresh, fully valid receipt built from `value`'s known fields, or null. */
function readReceipt(value: Record<string, unknown>): Receipt | null {
  const { name, assignment: a, modules, completedOn, courseVersion } = value;
  if (!text(name, 1, MAX_NAME) || !isObject(a)) return null;
  if (typeof a.id !== 'string' || !ID.test(a.id)) return null;
  if (!text(a.title, 1, LIMITS.title) || !text(a.organisation, 0, LIMITS.organisation)) return null;
  if (!isWholePercentMark(a.passMark)) return null;
  if (a.due !== undefined && (typeof a.due !== 'string' || !isRealDate(a.due))) return null;
  if (!Array.isArray(modules) || modules.length < 1 || modules.length > MAX_MODULES) return null;
  const read = modules.map(readModule);
  if (read.some((m) => m === null)) return null;
  const ids = read.map((m) => m!.id);
  if (new Set(ids).size !== ids.length) return null;
  if (typeof completedOn !== 'string' || !isRealDate(completedOn)) return null;
  if (typeof courseVersion !== 'string' || !VERSION.test(courseVersion)) return null;
  const receipt: Receipt = {
    name,
    assignment: { id: a.id, title: a.title, organisation: a.organisation, passMark: a.passMark },
    modules: read as ReceiptModule[],
    completedOn,
    courseVersion,
  };
  if (a.due !== undefined) receipt.assignment.due = a.due;
  return receipt;
}

/** Whether a receipt is complete and well formed (what a decoded receipt always is). */
export function isValidReceipt(receipt: Receipt): boolean {
  return readReceipt(receipt as unknown as Record<string, unknown>) !== null;
}

function fromObject(value: unknown): ReceiptResult {
  if (!isObject(value) || value.format !== RECEIPT_FORMAT)
    return { ok: false, reason: 'not-receipt' };
  if (value.version !== RECEIPT_VERSION) {
    const newer = typeof value.version === 'number' && value.version > RECEIPT_VERSION;
    return { ok: false, reason: newer ? 'unknown-version' : 'invalid' };
  }
  const receipt = readReceipt(value);
  if (!receipt || typeof value.check !== 'string') return { ok: false, reason: 'invalid' };
  const check = receiptCheck(receipt);
  return value.check === check ? { ok: true, receipt, check } : { ok: false, reason: 'tampered' };
}

// --- JSON file ----------------------------------------------------------------------

function toObject(receipt: Receipt) {
  return {
    format: RECEIPT_FORMAT,
    version: RECEIPT_VERSION,
    name: receipt.name,
    assignment: receipt.assignment,
    modules: receipt.modules,
    completedOn: receipt.completedOn,
    courseVersion: receipt.courseVersion,
    check: receiptCheck(receipt),
  };
}

/** The receipt as the text of a JSON file, with its check. Throws a RangeError for an invalid receipt. */
export function receiptToJson(receipt: Receipt): string {
  if (!isValidReceipt(receipt)) throw new RangeError('invalid receipt');
  return `${JSON.stringify(toObject(receipt), null, 2)}\n`;
}

/**
 * Reads a receipt file's text. Never throws. Refuses, with why: an empty
 * file, one too large, text that is not JSON, JSON that is not a receipt, a
 * receipt from a newer version, missing or wrong fields, and a receipt whose
 * check no longer matches (`tampered`).
 */
export function decodeReceiptJson(input: unknown): ReceiptResult {
  if (typeof input !== 'string' || input.trim() === '') return { ok: false, reason: 'empty' };
  if (input.length > MAX_RECEIPT_CHARS) return { ok: false, reason: 'too-large' };
  let value: unknown;
  try {
    value = JSON.parse(input);
  } catch {
    return { ok: false, reason: 'not-json' };
  }
  return fromObject(value);
}

/** "mutkollen-receipt-<name>-<date>.json", the name in plain letters (å → a), the completion date. */
export function receiptFileName(receipt: Receipt): string {
  const slug =
    receipt.name
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40)
      .replace(/-+$/, '') || 'learner';
  return `mutkollen-receipt-${slug}-${receipt.completedOn}.json`;
}

// --- text code ----------------------------------------------------------------------

/** The receipt as a short text code `R1.<body>.<check>` to paste into an email. */
export async function encodeReceiptCode(receipt: Receipt): Promise<string> {
  if (!isValidReceipt(receipt)) throw new RangeError('invalid receipt');
  const body = await deflateToBase64url(JSON.stringify(toObject(receipt)));
  const head = `${CODE_PREFIX}${RECEIPT_VERSION}.${body}`;
  return `${head}.${codeCheck(head)}`;
}

/**
 * Reads a receipt text code. Never throws. Refuses a code cut short
 * (`truncated`), changed (`tampered`), from a newer version
 * (`unknown-version`), or anything else that is not a receipt code.
 */
export async function decodeReceiptCode(input: unknown): Promise<ReceiptResult> {
  if (typeof input !== 'string' || input.trim() === '') return { ok: false, reason: 'empty' };
  const code = input.trim();
  if (code.length > MAX_RECEIPT_CHARS) return { ok: false, reason: 'too-large' };
  const split = splitCode(code, CODE_PREFIX, RECEIPT_VERSION);
  if (!split.ok) {
    return { ok: false, reason: split.reason === 'invalid' ? 'not-receipt' : split.reason };
  }
  const payload = await inflateFromBase64url(split.body, MAX_RECEIPT_CHARS);
  if (payload === null) return { ok: false, reason: 'invalid' };
  let value: unknown;
  try {
    value = JSON.parse(payload);
  } catch {
    return { ok: false, reason: 'invalid' };
  }
  const result = fromObject(value);
  return result.ok || result.reason === 'tampered' ? result : { ok: false, reason: 'invalid' };
}
