/**
 * A receipt (receipt.ts) as a JSON file and as a text code, with a check:
 * FNV-1a 64 over the receipt's fields. The check catches mistakes and
 * careless edits (a score changed in a text editor). It is NOT a signature:
 * anyone who reads the file can compute it, so it is no proof against a
 * forger.
 *
 * The file is `{ format: "mutkollen-receipt", version, …fields, check }`.
 * The text code is `R3.<body>.<check>` in the app's wire format
 * (src/lib/wire/envelope.ts), the body being the same JSON as the file, so a
 * code cut short or changed in an email is refused. Version 2 added the
 * learner's language code; version 3 a receipt of part of the assignment
 * (each module's status, the day it was made, `completedOn` only once all is
 * passed), the learner's identifier and what the assignment identifies
 * learners by, and its check covers every one of its fields. Files and codes
 * of versions 1 and 2 are still read, into the same shape (receipt.ts).
 * Decoding never throws and never returns part of a receipt.
 */
import { z } from 'zod/mini';
import { fnv1a64 } from '@/lib/check-code';
import { decodeWire, encodeWire, jsonReader, type WireFormat } from '@/lib/wire/envelope';
import { holds } from '@/lib/wire/holds';
import { LanguageCode } from '@/lib/wire/language-code';
import { legacyReceiptFields, Receipt, receiptFields } from './receipt';

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
export const RECEIPT_VERSION = 3;
/** A receipt file or code larger than this is refused unread. */
export const MAX_RECEIPT_CHARS = 100_000;

const format = z.enum([RECEIPT_FORMAT]);
const check = z.string();
const version = (n: number) => z.int().check(z.gte(n), z.lte(n));
const FileV1 = z.object({ format, version: version(1), ...legacyReceiptFields, check });
const FileV2 = z.object({
  format,
  version: version(2),
  ...legacyReceiptFields,
  language: LanguageCode,
  check,
});
/** Today's file: the receipt's own fields, with a language always. */
const FileV3 = z.object({
  format,
  version: version(3),
  ...receiptFields,
  language: LanguageCode,
  check,
});
type FileV1 = z.infer<typeof FileV1>;
type FileV2 = z.infer<typeof FileV2>;
type FileV3 = z.infer<typeof FileV3>;
type AnyFile = FileV1 | FileV2 | FileV3;
type LegacyFile = FileV1 | FileV2;

const isV3 = (file: AnyFile): file is FileV3 => file.version === 3;
const hasLanguage = (file: LegacyFile): file is FileV2 => file.version === 2;

const hex = (text: string) => fnv1a64(text).toString(16).padStart(16, '0');

/** The check of a v1 or v2 file, over the fields those versions have; kept for ever. */
function legacyCheck(file: LegacyFile): string {
  const a = file.assignment;
  const extra = hasLanguage(file) ? [file.language] : [];
  return hex(
    `${RECEIPT_FORMAT}/${file.version}\n${JSON.stringify([
      file.name,
      [a.id, a.title, a.organisation, a.passMark, a.due ?? null],
      file.modules.map((m) => [m.id, m.score, m.passedOn]),
      file.completedOn,
      file.courseVersion,
      ...extra,
    ])}`,
  );
}

/** The check of version 3, over every field it has, a missing one as null. */
function checkV3(receipt: Receipt): string {
  const a = receipt.assignment;
  return hex(
    `${RECEIPT_FORMAT}/3\n${JSON.stringify([
      receipt.name,
      receipt.language ?? null,
      receipt.learnerId ?? null,
      [a.id, a.title, a.organisation, a.passMark, a.due ?? null, a.identifiedBy ?? null],
      receipt.modules.map((m) => [m.id, m.status, m.score ?? null, m.passedOn ?? null]),
      receipt.madeOn,
      receipt.completedOn ?? null,
      receipt.courseVersion,
    ])}`,
  );
}

/** The receipt's check as today's version writes it: 16 hex digits. */
export function receiptCheck(receipt: Receipt): string {
  return checkV3(receipt);
}

/** A v1 or v2 file in today's shape: every module passed, made on the day it was completed. */
function normalisedLegacy(file: LegacyFile): Receipt {
  const receipt: Receipt = {
    name: file.name,
    assignment: { ...file.assignment },
    modules: file.modules.map((m) => ({
      id: m.id,
      status: 'passed' as const,
      score: m.score,
      passedOn: m.passedOn,
    })),
    madeOn: file.completedOn,
    completedOn: file.completedOn,
    courseVersion: file.courseVersion,
  };
  if (hasLanguage(file)) receipt.language = file.language;
  return receipt;
}

/** A v3 file's receipt, fresh from its known fields. */
function fromV3(file: FileV3): Receipt {
  const { format: _format, version: _version, check: _check, ...fields } = file;
  const receipt: Receipt = {
    ...fields,
    assignment: { ...fields.assignment },
    modules: fields.modules.map((m) => ({ ...m })),
  };
  return receipt;
}

/** A file's receipt in today's shape, if its check matches and the receipt holds together. */
function checked(file: AnyFile): ReceiptResult {
  const receipt = isV3(file) ? fromV3(file) : normalisedLegacy(file);
  const expected = isV3(file) ? checkV3(receipt) : legacyCheck(file);
  if (file.check !== expected) return { ok: false, reason: 'tampered' };
  return Receipt.safeParse(receipt).success
    ? { ok: true, receipt, check: expected }
    : { ok: false, reason: 'invalid' };
}

/** A receipt file of any version ever written, read for ever. */
const ReceiptFile = z.union([FileV1, FileV2, FileV3]);
/** Any file that says it is a receipt, whatever else it holds. */
const NamedFile = z.object({ format });
/** A file from a newer version of the app than this one. */
const NewerFile = z.object({ version: z.number().check(holds((v) => v > RECEIPT_VERSION)) });

function fromObject(value: unknown): ReceiptResult {
  if (!NamedFile.safeParse(value).success) return { ok: false, reason: 'not-receipt' };
  if (NewerFile.safeParse(value).success) return { ok: false, reason: 'unknown-version' };
  const parsed = ReceiptFile.safeParse(value);
  return parsed.success ? checked(parsed.data) : { ok: false, reason: 'invalid' };
}

/** The receipt as today's file object; throws a RangeError when it is not valid or has no language. */
function toFile(receipt: Receipt): FileV3 {
  if (!Receipt.safeParse(receipt).success) throw new RangeError('invalid receipt');
  const file = {
    format: RECEIPT_FORMAT,
    version: RECEIPT_VERSION,
    name: receipt.name,
    language: receipt.language,
    learnerId: receipt.learnerId,
    assignment: receipt.assignment,
    modules: receipt.modules,
    madeOn: receipt.madeOn,
    completedOn: receipt.completedOn,
    courseVersion: receipt.courseVersion,
    check: receiptCheck(receipt),
  };
  const parsed = FileV3.safeParse(file);
  if (!parsed.success) throw new RangeError('invalid receipt');
  // JSON.stringify leaves out the fields that are not there.
  return file as FileV3;
}

/** Receipt codes: every version ever written, read for ever. */
const RECEIPT_CODE: WireFormat<ReceiptResult, FileV3> = {
  prefix: 'R',
  version: RECEIPT_VERSION,
  schema: FileV3,
  maxCodeLength: MAX_RECEIPT_CHARS,
  maxPayloadBytes: MAX_RECEIPT_CHARS,
  readers: {
    1: jsonReader(FileV1, checked),
    2: jsonReader(FileV2, checked),
    3: jsonReader(FileV3, checked),
  },
};

// --- JSON file ----------------------------------------------------------------------

/** The receipt as the text of a JSON file, with its check. Throws a RangeError for an invalid receipt. */
export function receiptToJson(receipt: Receipt): string {
  return `${JSON.stringify(toFile(receipt), null, 2)}\n`;
}

/**
 * Reads a receipt file's text, of any version. Never throws. Refuses, with
 * why: an empty file, one too large, text that is not JSON, JSON that is not
 * a receipt, a receipt from a newer version, missing or wrong fields, and a
 * receipt whose check no longer matches (`tampered`).
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

/**
 * "mutkollen-receipt-<name>-<date>.json", the name in plain letters (å → a), the day the
 * assignment was completed, or for a receipt of part of it the day the receipt was made.
 */
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
  return `mutkollen-receipt-${slug}-${receipt.completedOn ?? receipt.madeOn}.json`;
}

// --- text code ----------------------------------------------------------------------

/**
 * The receipt as a short text code `R3.<body>.<check>` to paste into an
 * email. Rejects with a RangeError for an invalid receipt. (The work is
 * synchronous; the promise keeps the callers as they were.)
 */
export async function encodeReceiptCode(receipt: Receipt): Promise<string> {
  return encodeWire(RECEIPT_CODE, toFile(receipt));
}

/**
 * Reads a receipt text code of any version. Never throws. Refuses a code cut
 * short (`truncated`), changed (`tampered`), from a newer version
 * (`unknown-version`), or anything else that is not a receipt code.
 */
export async function decodeReceiptCode(input: unknown): Promise<ReceiptResult> {
  if (typeof input !== 'string' || input.trim() === '') return { ok: false, reason: 'empty' };
  const code = input.trim();
  if (code.length > MAX_RECEIPT_CHARS) return { ok: false, reason: 'too-large' };
  const result = decodeWire(RECEIPT_CODE, code);
  if (!result.ok) {
    const { reason } = result;
    if (reason === 'invalid' && !/^R\d+\./.test(code)) return { ok: false, reason: 'not-receipt' };
    return { ok: false, reason };
  }
  const receipt = result.value;
  return receipt.ok || receipt.reason === 'tampered' ? receipt : { ok: false, reason: 'invalid' };
}
