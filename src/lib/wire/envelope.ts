/**
 * The one wire format of the app: assignment links, receipt codes and LMS
 * suspend data are all `<prefix><version>.<body>.<check>`.
 *
 * - `<prefix>` names the kind of code: '' for links and suspend data (their
 *   first releases had none, and a release that reads `<n>.` as "version n"
 *   must go on seeing a newer version as newer), `R` for receipt codes.
 * - `<version>` is a whole number. Every version ever written keeps its reader
 *   in the format's `readers`, for ever; a later version than the reader knows
 *   is refused as `unknown-version`, never guessed at.
 * - `<body>` is base64url (no padding) of the deflate-raw compressed UTF-8
 *   JSON of the value, checked against the format's zod schema on the way out
 *   and on the way in.
 * - `<check>` is 7 base64url characters (42 bits) of FNV-1a 64 over
 *   `<prefix><version>.<body>`, so a code cut short or changed is refused. It
 *   catches mistakes, not forgers: anyone can compute it.
 *
 * Size limits live here too: a code longer than `maxCodeLength` is refused
 * unread, and a body that inflates to more than `maxPayloadBytes` is refused
 * before it is parsed. Everything is synchronous (see deflate.ts).
 */
import type { z } from 'zod/mini';
import { fnv1a64 } from '@/lib/check-code';
import { BASE64URL, fromBase64url, toBase64url } from './base64url';
import { deflateText, inflateText } from './deflate';
import { CHECK_LENGTH } from './check-length';

export type WireProblem = 'truncated' | 'tampered' | 'unknown-version' | 'invalid';

export type WireResult<T> =
  { ok: true; value: T; version: number } | { ok: false; reason: WireProblem };

/**
 * How the codes of one version are read. `envelope`: the code is checked and
 * inflated here, and `read` gets the payload text. `own`: a layout from before
 * the envelope, with its own check; `read` gets the whole code.
 */
export type VersionReader<T> =
  | { layout: 'envelope'; read: (payload: string) => T | null }
  | { layout: 'own'; read: (code: string) => T | null };

export interface WireFormat<T, W> {
  prefix: string;
  /** The version written today. */
  version: number;
  /** What today's version writes: `encodeWire` refuses anything else. */
  schema: z.ZodMiniType<W>;
  maxCodeLength: number;
  maxPayloadBytes: number;
  /** One reader per version ever written, today's included. Never remove one. */
  readers: Readonly<Record<number, VersionReader<T>>>;
}

export { CHECK_LENGTH };
const VERSION = /^[1-9]\d{0,5}$/;
const ALPHABET = /^[A-Za-z0-9_-]*$/;

/** The check of a code's head (`<prefix><version>.<body>`): 7 base64url characters of FNV-1a 64. */
export function codeCheck(head: string): string {
  let bits = fnv1a64(head) >> 22n;
  let out = '';
  for (let i = 0; i < CHECK_LENGTH; i++) {
    out = BASE64URL[Number(bits & 63n)]! + out;
    bits >>= 6n;
  }
  return out;
}

/**
 * A reader for an enveloped version whose payload is JSON: parsed, checked
 * against `schema`, then turned into today's value by `read` (null refuses).
 */
export function jsonReader<S, T>(
  schema: z.ZodMiniType<S>,
  read: (value: S) => T | null,
): VersionReader<T> {
  return {
    layout: 'envelope',
    read(payload) {
      let value: unknown;
      try {
        value = JSON.parse(payload);
      } catch {
        return null;
      }
      const parsed = schema.safeParse(value);
      return parsed.success ? read(parsed.data) : null;
    },
  };
}

/**
 * `value` as a code of the format's current version. The same value always
 * gives the same code. Throws a RangeError when `value` does not match the
 * format's schema, or when the code would be longer than the format reads: a
 * code is only ever made that its reader accepts.
 */
export function encodeWire<T, W>(format: WireFormat<T, W>, value: W): string {
  const parsed = format.schema.safeParse(value);
  if (!parsed.success) throw new RangeError(`not a valid value: ${parsed.error.message}`);
  const json = JSON.stringify(parsed.data);
  if (new TextEncoder().encode(json).length > format.maxPayloadBytes) {
    throw new RangeError('payload too large');
  }
  const head = `${format.prefix}${format.version}.${toBase64url(deflateText(json))}`;
  const code = `${head}.${codeCheck(head)}`;
  if (code.length > format.maxCodeLength) throw new RangeError('code too long');
  return code;
}

/** The version a code says it is, or null when it does not start like one of the format's codes. */
export function wireVersion(format: WireFormat<unknown, unknown>, code: string): number | null {
  if (!code.startsWith(format.prefix)) return null;
  const rest = code.slice(format.prefix.length);
  const versionText = rest.slice(0, rest.indexOf('.'));
  return rest.includes('.') && VERSION.test(versionText) ? Number(versionText) : null;
}

/**
 * Reads a code with the reader of its version. Never throws. A code cut short
 * anywhere is `truncated`; one whose check does not match is `tampered`; one
 * of a later version than the format's is `unknown-version`; anything else
 * that is not a valid value is `invalid`.
 */
export function decodeWire<T, W>(format: WireFormat<T, W>, code: string): WireResult<T> {
  const fail = (reason: WireProblem) => ({ ok: false, reason }) as const;
  const { prefix } = format;
  if (code.length > format.maxCodeLength) return fail('invalid');
  if (!code.startsWith(prefix)) {
    return fail(prefix.startsWith(code) && code !== '' ? 'truncated' : 'invalid');
  }
  const parts = code.slice(prefix.length).split('.');
  const versionText = parts[0] ?? '';
  if (!VERSION.test(versionText)) {
    return fail(parts.length === 1 && /^\d*$/.test(versionText) ? 'truncated' : 'invalid');
  }
  const version = Number(versionText);
  if (version > format.version) return fail('unknown-version');
  const reader = format.readers[version];
  if (!reader) return fail('invalid');
  const ok = (value: T | null) =>
    value === null ? fail('invalid') : { ok: true as const, value, version };
  if (reader.layout === 'own') return parts.length < 2 ? fail('truncated') : ok(reader.read(code));

  if (parts.length < 3) return fail('truncated');
  if (parts.length > 3) return fail('invalid');
  const [, body = '', check = ''] = parts;
  if (!ALPHABET.test(body) || !ALPHABET.test(check)) return fail('invalid');
  if (check.length < CHECK_LENGTH) return fail('truncated');
  if (check.length > CHECK_LENGTH || body === '') return fail('tampered');
  if (codeCheck(`${prefix}${versionText}.${body}`) !== check) return fail('tampered');
  const bytes = fromBase64url(body);
  const payload = bytes && inflateText(bytes, format.maxPayloadBytes);
  return payload ? ok(reader.read(payload)) : fail('invalid');
}
