/**
 * A receipt (receipt.ts) as a JSON file and as a text code, with a check:
 * FNV-1a 64 over the receipt's fields. The check catches mistakes and
 * careless edits (a score changed in a text editor). It is NOT a signature:
 * anyone who reads the file can compute it, so it is no proof against a
 * forger.
 *
 * The file is `{ format: "mutkollen-receipt", version, …fields, check }`.
 * The text code is `R2.<body>.<check>` in the app's wire format
 * (src/lib/wire/envelope.ts), the body being the same JSON as the file, so a
 * code cut short or changed in an email is refused. Version 2 adds the
 * learner's language code; files and codes of version 1 are still read.
 * Decoding never throws and never returns part of a receipt.
 */
import { z } from 'zod/mini';
import { fnv1a64 } from '@/lib/check-code';
import { decodeWire, encodeWire, jsonReader, type WireFormat } from '@/lib/wire/envelope';
import { holds } from '@/lib/wire/holds';
import { LanguageCode } from '@/lib/wire/language-code';
import { type Receipt, receiptFields } from './receipt';

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
export const RECEIPT_VERSION = 2;
/** A receipt file or code larger than this is refused unread. */
export const MAX_RECEIPT_CHARS = 100_000;

const format = z.enum([RECEIPT_FORMAT]);
const check = z.string();
const version = (n: number) => z.int().check(z.gte(n), z.lte(n));
const FileV1 = z.object({ format, version: version(1), ...receiptFields, check });
const FileV2 = z.object({
  format,
  version: version(2),
  ...receiptFields,
  language: LanguageCode,
  check,
});
type FileV1 = z.infer<typeof FileV1>;
type FileV2 = z.infer<typeof FileV2>;

function canonical(version: number, receipt: Receipt, extra: unknown[]): string {
  const a = receipt.assignment;
  return `${RECEIPT_FORMAT}/${version}\n${JSON.stringify([
    receipt.name,
    [a.id, a.title, a.organisation, a.passMark, a.due ?? null],
    receipt.modules.map((m) => [m.id, m.score, m.passedOn]),
    receipt.completedOn,
    receipt.courseVersion,
    ...extra,
  ])}`;
}

const hex = (text: string) => fnv1a64(text).toString(16).padStart(16, '0');

/** The check of each version, over the fields that version has; kept for ever. */
const CHECKS: Record<number, (receipt: Receipt) => string> = {
  1: (receipt) => hex(canonical(1, receipt, [])),
  2: (receipt) => hex(canonical(2, receipt, [receipt.language ?? null])),
};

/** The receipt's check as today's version writes it: 16 hex digits. */
export function receiptCheck(receipt: Receipt): string {
  return CHECKS[RECEIPT_VERSION]!(receipt);
}

/** A file's receipt, fresh from its known fields, if its check matches. */
function checked(file: FileV1 | FileV2): ReceiptResult {
  const receipt: Receipt = {
    name: file.name,
    assignment: { ...file.assignment },
    modules: file.modules.map((m) => ({ ...m })),
    completedOn: file.completedOn,
    courseVersion: file.courseVersion,
  };
  if ('language' in file) receipt.language = file.language;
  const expected = CHECKS[file.version]!(receipt);
  return file.check === expected
    ? { ok: true, receipt, check: expected }
    : { ok: false, reason: 'tampered' };
}

/** A receipt file of any version ever written, read for ever. */
const ReceiptFile = z.union([FileV1, FileV2]);
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
function toFile(receipt: Receipt): FileV2 {
  const file = {
    format: RECEIPT_FORMAT,
    version: RECEIPT_VERSION,
    name: receipt.name,
    language: receipt.language,
    assignment: receipt.assignment,
    modules: receipt.modules,
    completedOn: receipt.completedOn,
    courseVersion: receipt.courseVersion,
    check: receiptCheck(receipt),
  };
  const parsed = FileV2.safeParse(file);
  if (!parsed.success) throw new RangeError('invalid receipt');
  return file as FileV2;
}

/** Receipt codes: every version ever written, read for ever. */
const RECEIPT_CODE: WireFormat<ReceiptResult, FileV2> = {
  prefix: 'R',
  version: RECEIPT_VERSION,
  schema: FileV2,
  maxCodeLength: MAX_RECEIPT_CHARS,
  maxPayloadBytes: MAX_RECEIPT_CHARS,
  readers: { 1: jsonReader(FileV1, checked), 2: jsonReader(FileV2, checked) },
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

/**
 * The receipt as a short text code `R2.<body>.<check>` to paste into an
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
