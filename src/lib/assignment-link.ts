/**
 * The assignment link: a trainer's assignment packed into a short, URL-safe
 * code, so that it travels in a link (`…#/a/<code>`) with no server.
 *
 * A code looks like `1.<body>.<check>`:
 * - `1` is the format version. A code of a later version is refused as
 *   `unknown-version`, never guessed at.
 * - `<body>` is base64url (no padding) of the deflate-raw compressed payload.
 * - `<check>` is 7 base64url characters (42 bits) of FNV-1a 64 over
 *   `1.<body>`, so a truncated or changed code is refused. It catches
 *   mistakes, not forgers: anyone can compute it.
 *
 * The payload is UTF-8 text of eight fields joined by `|`, in this order:
 * title, organisation, contact, modules, pass mark, due date, policy URL,
 * reporting URL. Inside a text field, `\` is written `\\` and `|` is written
 * `\|`. Modules are digits, each an index into {@link LINK_MODULE_IDS}; the
 * pass mark is a whole percent (50–100); the due date is YYYYMMDD; an empty
 * field means "not given" for the due date and the two URLs.
 *
 * The assignment's id is derived from the check, so the same link always
 * gives the same id, and accepting it twice changes nothing.
 */
import { fnv1a64 } from '@/lib/check-code';
import type { Assignment } from '@/store/schema';
import { MODULE_NUMBERS } from './module-numbers';
import { hasHiddenCharacters } from './plain-text';

/** The modules a link can name, by number (see module-numbers.ts). */
export const LINK_MODULE_IDS = MODULE_NUMBERS;

/** An assignment as a trainer fills it in: everything the store keeps but the id and acceptance time. */
export type AssignmentDraft = Omit<Assignment, 'id' | 'acceptedAt'>;

/** A decoded assignment, ready to be accepted (add `acceptedAt`). */
export type LinkedAssignment = Omit<Assignment, 'acceptedAt'>;

export type LinkProblem = 'truncated' | 'tampered' | 'unknown-version' | 'invalid';

export type DecodeResult =
  { ok: true; assignment: LinkedAssignment } | { ok: false; reason: LinkProblem };

export type DraftField = keyof AssignmentDraft;

export type DraftProblemKind =
  | 'required'
  | 'too-long'
  | 'characters'
  | 'unknown-module'
  | 'duplicate-module'
  | 'pass-mark'
  | 'date'
  | 'url';

export interface DraftProblem {
  field: DraftField;
  kind: DraftProblemKind;
}

/** The longest text allowed in each text field, in characters. */
export const LIMITS = { title: 100, organisation: 100, contact: 100, url: 200 } as const;

export const LINK_VERSION = 1;
const CHECK_LENGTH = 7;
/** A payload larger than this is refused before it is read (a code is short). */
const MAX_PAYLOAD_BYTES = 4096;
const MAX_CODE_LENGTH = 4000;
const SEPARATOR = '|';

// --- shared helpers: base64url, deflate-raw, check -------------------------

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Bytes as base64url without padding. */
export function toBase64url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
    for (let c = 0; c < chars; c++) out += B64[(n >> (18 - 6 * c)) & 63];
  }
  return out;
}

/** Base64url (no padding) as bytes; null for any character or length base64url cannot have. */
export function fromBase64url(text: string): Uint8Array | null {
  if (text.length % 4 === 1) return null;
  const bytes = new Uint8Array(Math.floor((text.length * 6) / 8));
  let bits = 0;
  let value = 0;
  let j = 0;
  for (const char of text) {
    const digit = B64.indexOf(char);
    if (digit === -1) return null;
    value = ((value << 6) | digit) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[j++] = (value >> bits) & 0xff;
    }
  }
  // Left-over bits must be zero, so each byte string has exactly one spelling.
  if ((value & ((1 << bits) - 1)) !== 0) return null;
  return bytes;
}

async function pipe(
  stream: CompressionStream | DecompressionStream,
  input: Uint8Array,
  limit: number,
) {
  const writer = stream.writable.getWriter();
  // Errors surface on the reading side; these catches only keep them from going unhandled.
  writer.write(input as Uint8Array<ArrayBuffer>).catch(() => {});
  writer.close().catch(() => {});
  const reader = stream.readable.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > limit) {
      reader.cancel().catch(() => {});
      throw new RangeError('too large');
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

/** Compresses UTF-8 `text` with deflate-raw and writes it as base64url. */
export async function deflateToBase64url(text: string): Promise<string> {
  const bytes = new TextEncoder().encode(text);
  return toBase64url(await pipe(new CompressionStream('deflate-raw'), bytes, Infinity));
}

/**
 * The text inside a base64url deflate-raw body, or null when it is not
 * base64url, not deflate-raw, not UTF-8, or inflates to more than `limit`
 * bytes. Never throws.
 */
export async function inflateFromBase64url(body: string, limit: number): Promise<string | null> {
  const bytes = fromBase64url(body);
  if (!bytes) return null;
  try {
    const raw = await pipe(new DecompressionStream('deflate-raw'), bytes, limit);
    return new TextDecoder('utf-8', { fatal: true }).decode(raw);
  } catch {
    return null;
  }
}

/** The check of a code's head (`<prefix>.<body>`): 7 base64url characters of FNV-1a 64. */
export function codeCheck(head: string): string {
  let bits = fnv1a64(head) >> 22n;
  let out = '';
  for (let i = 0; i < CHECK_LENGTH; i++) {
    out = B64[Number(bits & 63n)]! + out;
    bits >>= 6n;
  }
  return out;
}

export type CodeSplit =
  { ok: true; version: number; body: string } | { ok: false; reason: LinkProblem };

/**
 * Splits `<prefix><version>.<body>.<check>` and verifies the check. A code
 * cut short anywhere is `truncated`; a code whose check does not match is
 * `tampered`; a later version is `unknown-version`. Never throws.
 */
export function splitCode(code: string, prefix: string, known: number): CodeSplit {
  if (code.length > MAX_CODE_LENGTH) return { ok: false, reason: 'invalid' };
  if (!code.startsWith(prefix)) {
    return { ok: false, reason: prefix.startsWith(code) && code !== '' ? 'truncated' : 'invalid' };
  }
  const parts = code.slice(prefix.length).split('.');
  const versionText = parts[0] ?? '';
  if (!/^[1-9]\d{0,5}$/.test(versionText)) {
    const cut = parts.length === 1 && /^\d*$/.test(versionText);
    return { ok: false, reason: cut ? 'truncated' : 'invalid' };
  }
  const version = Number(versionText);
  if (version > known) return { ok: false, reason: 'unknown-version' };
  if (version < known) return { ok: false, reason: 'invalid' };
  if (parts.length < 3) return { ok: false, reason: 'truncated' };
  if (parts.length > 3) return { ok: false, reason: 'invalid' };
  const [, body = '', check = ''] = parts;
  if (!/^[A-Za-z0-9_-]*$/.test(body) || !/^[A-Za-z0-9_-]*$/.test(check)) {
    return { ok: false, reason: 'invalid' };
  }
  if (check.length < CHECK_LENGTH) return { ok: false, reason: 'truncated' };
  if (check.length > CHECK_LENGTH || body === '') return { ok: false, reason: 'tampered' };
  if (codeCheck(`${prefix}${versionText}.${body}`) !== check) {
    return { ok: false, reason: 'tampered' };
  }
  return { ok: true, version, body };
}

// --- validation -------------------------------------------------------------

// Control characters (newlines, tabs, C1) and unpaired surrogates cannot be typed into a
// one-line field and do not survive UTF-8, so no text field may hold them.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Whether `text` is one clean line: no control characters, no broken characters, no outer
 * spaces, and no bidirectional controls or invisible characters (plain-text.ts).
 */
export function isCleanText(text: string): boolean {
  return (
    !CONTROL.test(text) &&
    !LONE_SURROGATE.test(text) &&
    !hasHiddenCharacters(text) &&
    text === text.trim()
  );
}

/** Whether `value` is a real calendar date written YYYY-MM-DD, between the years 2000 and 2199. */
export function isRealDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 2000 || year > 2199 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Whether `value` is an absolute http: or https: address of at most 200 characters, with no spaces. */
export function isWebAddress(value: string): boolean {
  if (value.length > LIMITS.url || /\s/.test(value) || !isCleanText(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '';
  } catch {
    return false;
  }
}

function textProblem(field: DraftField, value: unknown, max: number, required: boolean) {
  if (typeof value !== 'string') return { field, kind: 'required' } as const;
  if (required && value === '') return { field, kind: 'required' } as const;
  if (value.length > max) return { field, kind: 'too-long' } as const;
  if (!isCleanText(value)) return { field, kind: 'characters' } as const;
  return null;
}

/** Whether a share (0–1) is a whole percent from 50 to 100. */
export function isWholePercentMark(passMark: unknown): passMark is number {
  if (typeof passMark !== 'number' || !Number.isFinite(passMark)) return false;
  const percent = Math.round(passMark * 100);
  return percent >= 50 && percent <= 100 && percent / 100 === passMark;
}

/**
 * Everything wrong with a draft, field by field; empty when it can be made
 * into a link. The title is required; organisation and contact may be empty;
 * one to seven distinct modules from {@link LINK_MODULE_IDS}; the pass mark a
 * whole percent from 50 to 100 (as a share, 0.8 for 80 %); the due date, if
 * given, a real date; the two addresses, if given, http(s) URLs.
 */
export function validateDraft(draft: AssignmentDraft): DraftProblem[] {
  const problems: DraftProblem[] = [];
  const add = (p: DraftProblem | null) => p && problems.push(p);
  add(textProblem('title', draft.title, LIMITS.title, true));
  add(textProblem('organisation', draft.organisation, LIMITS.organisation, false));
  add(textProblem('contact', draft.contact, LIMITS.contact, false));
  const modules: unknown = draft.modules;
  if (!Array.isArray(modules) || modules.length === 0) {
    add({ field: 'modules', kind: 'required' });
  } else if (modules.some((m) => !(LINK_MODULE_IDS as readonly unknown[]).includes(m))) {
    add({ field: 'modules', kind: 'unknown-module' });
  } else if (new Set(modules).size !== modules.length) {
    add({ field: 'modules', kind: 'duplicate-module' });
  }
  if (!isWholePercentMark(draft.passMark)) add({ field: 'passMark', kind: 'pass-mark' });
  if (draft.due !== undefined && (typeof draft.due !== 'string' || !isRealDate(draft.due))) {
    add({ field: 'due', kind: 'date' });
  }
  for (const field of ['policyUrl', 'reportingUrl'] as const) {
    const value: unknown = draft[field];
    if (value !== undefined && (typeof value !== 'string' || !isWebAddress(value))) {
      add({ field, kind: 'url' });
    }
  }
  return problems;
}

// --- payload ----------------------------------------------------------------

const escapeField = (text: string) => text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|');

/** Splits on unescaped separators and unescapes; null for a stray backslash. */
function splitFields(payload: string): string[] | null {
  const fields: string[] = [];
  let current = '';
  for (let i = 0; i < payload.length; i++) {
    const char = payload[i]!;
    if (char === '\\') {
      const next = payload[i + 1];
      if (next !== '\\' && next !== SEPARATOR) return null;
      current += next;
      i++;
    } else if (char === SEPARATOR) {
      fields.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  fields.push(current);
  return fields;
}

function toPayload(draft: AssignmentDraft): string {
  const modules = draft.modules
    .map((id) => (LINK_MODULE_IDS as readonly string[]).indexOf(id))
    .join('');
  return [
    escapeField(draft.title),
    escapeField(draft.organisation),
    escapeField(draft.contact),
    modules,
    String(Math.round(draft.passMark * 100)),
    draft.due ? draft.due.replace(/-/g, '') : '',
    escapeField(draft.policyUrl ?? ''),
    escapeField(draft.reportingUrl ?? ''),
  ].join(SEPARATOR);
}

function fromPayload(payload: string): AssignmentDraft | null {
  const fields = splitFields(payload);
  if (!fields || fields.length !== 8) return null;
  const [title, organisation, contact, modules, percent, due, policyUrl, reportingUrl] = fields as [
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  if (!/^\d{1,7}$/.test(modules) || !/^\d{2,3}$/.test(percent)) return null;
  if (due !== '' && !/^\d{8}$/.test(due)) return null;
  const draft: AssignmentDraft = {
    title,
    organisation,
    contact,
    modules: [...modules].map((digit) => LINK_MODULE_IDS[Number(digit)] ?? '?'),
    passMark: Number(percent) / 100,
  };
  if (due) draft.due = `${due.slice(0, 4)}-${due.slice(4, 6)}-${due.slice(6)}`;
  if (policyUrl) draft.policyUrl = policyUrl;
  if (reportingUrl) draft.reportingUrl = reportingUrl;
  // Only one spelling per assignment: "080" is not 80 %.
  if (String(Number(percent)) !== percent) return null;
  return validateDraft(draft).length === 0 ? draft : null;
}

// --- encode / decode ----------------------------------------------------------

const PREFIX = '';

/** The id an assignment gets from its code: `link-` and the code's check. */
export function assignmentIdOf(code: string): string {
  return `link-${code.slice(-CHECK_LENGTH)}`;
}

/**
 * Packs a draft into a link code (`1.<body>.<check>`). The same draft always
 * gives the same code. Rejects with a RangeError when {@link validateDraft}
 * finds a problem, so a code is only ever made from a valid assignment.
 */
export async function encodeAssignment(draft: AssignmentDraft): Promise<string> {
  const problems = validateDraft(draft);
  if (problems.length > 0) {
    throw new RangeError(`invalid assignment: ${problems.map((p) => p.field).join(', ')}`);
  }
  const body = await deflateToBase64url(toPayload(draft));
  const head = `${PREFIX}${LINK_VERSION}.${body}`;
  return `${head}.${codeCheck(head)}`;
}

/**
 * Reads a link code back into an assignment. Never throws, and never returns
 * part of an assignment: either every field is valid, or the code is refused
 * with why: `truncated` (cut short), `tampered` (changed: the check does not
 * match), `unknown-version` (made by a newer version of the app) or
 * `invalid` (anything else).
 */
export async function decodeAssignment(code: unknown): Promise<DecodeResult> {
  if (typeof code !== 'string') return { ok: false, reason: 'invalid' };
  const split = splitCode(code.trim(), PREFIX, LINK_VERSION);
  if (!split.ok) return split;
  const payload = await inflateFromBase64url(split.body, MAX_PAYLOAD_BYTES);
  const draft = payload === null ? null : fromPayload(payload);
  if (!draft) return { ok: false, reason: 'invalid' };
  return { ok: true, assignment: { id: assignmentIdOf(code.trim()), ...draft } };
}
