/**
 * The learner's name from a receipt that cannot be read as a receipt (cut
 * short, changed, of a newer version), so that a trainer is told whose
 * receipt it was. Only ever shown as a hint in a problem message: nothing
 * here is checked, and nothing here is kept.
 */
import { Inflate } from 'fflate';
import { fromBase64url } from '@/lib/wire/base64url';

const MAX_NAME = 120;
/** Enough of a body to reach the name, which comes third in every version's JSON. */
const PEEK_BODY_CHARS = 4_000;
const PEEK_TEXT_BYTES = 2_000;
const NAME_FIELD = /"name"\s*:\s*("(?:[^"\\]|\\.){1,400}")/;

/** A name as it may be shown: one line, no control characters, not too long; or null. */
function shownName(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  // eslint-disable-next-line no-control-regex
  const name = value.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').trim();
  if (name === '') return null;
  return name.length > MAX_NAME ? `${name.slice(0, MAX_NAME)}…` : name;
}

/** The `name` of a JSON object's text, even when the text is cut short after it. */
function nameInJson(text: string): string | null {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value === 'object' && value !== null && 'name' in value) {
      return shownName(value.name);
    }
  } catch {
    // Not whole JSON: look for the field in what there is.
  }
  const field = NAME_FIELD.exec(text.slice(0, PEEK_TEXT_BYTES * 2));
  if (!field) return null;
  try {
    return shownName(JSON.parse(field[1]!));
  } catch {
    return null;
  }
}

/** The start of a deflate-raw stream as text, as far as it goes; never throws. */
function inflateStart(bytes: Uint8Array): string {
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    const stream = new Inflate((chunk) => {
      if (size < PEEK_TEXT_BYTES) chunks.push(chunk);
      size += chunk.length;
    });
    stream.push(bytes, false);
  } catch {
    // Broken further on: what came out before still counts.
  }
  const all = new Uint8Array(Math.min(size, PEEK_TEXT_BYTES * 2));
  let offset = 0;
  for (const chunk of chunks) {
    const part = chunk.subarray(0, all.length - offset);
    all.set(part, offset);
    offset += part.length;
  }
  return new TextDecoder().decode(all);
}

/**
 * The name in a receipt code `R<version>.<body>[.<check>]`, read from as much
 * of the body as there is, or null. Never throws.
 */
export function peekCodeName(code: string): string | null {
  const body = code.split('.')[1] ?? '';
  const usable = body.slice(0, Math.min(PEEK_BODY_CHARS, body.length - (body.length % 4)));
  const bytes = fromBase64url(usable);
  return bytes ? nameInJson(inflateStart(bytes)) : null;
}

/** The name in the text of a receipt file, or null. Never throws. */
export function peekFileName(text: string): string | null {
  return nameInJson(text);
}
