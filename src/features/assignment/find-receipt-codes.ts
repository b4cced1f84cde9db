/**
 * Finds receipt codes in pasted text: an e-mail, a reply to one, a chat
 * message, a list of codes. A code is found by the shape of the app's wire
 * envelope (src/lib/wire/envelope.ts), `R<version>.<body>.<check>`, never by a
 * version's contents, so codes of a version this build has never seen are
 * found too (and then refused by the reader, with a reason).
 *
 * What an e-mail does to a code is undone: line breaks (LF, CRLF, CR) and
 * spaces or tabs anywhere inside it, as when a client wraps at 76
 * characters, the `>` markers a reply puts at the start of each quoted
 * line, and quoted-printable soft line breaks (`=` at the end of a line) of a
 * mail saved as a file. A code can stand inside a sentence ("här är min kod: R2.… /Ahmed").
 *
 * The work is linear in the text and bounded: at most `MAX_TEXT_CHARS` of it
 * are read and at most `MAX_CODES` codes are returned.
 */
import { BASE64URL } from '@/lib/wire/base64url';
import { CHECK_LENGTH, codeCheck } from '@/lib/wire/envelope';
import { MAX_RECEIPT_CHARS } from './receipt-codec';

/** The wire prefix of receipt codes (receipt-codec.ts). */
export const RECEIPT_PREFIX = 'R';
/** More text than this is not read (about 2 MB; an e-mail with 1,000 codes is well under). */
export const MAX_TEXT_CHARS = 2_000_000;
/** No more codes than this are returned from one text. */
export const MAX_CODES = 2_000;
/**
 * A broken code is only reported when its body has at least this many
 * characters in one unbroken run: a cut-short code still has a long first
 * line, while prose such as "punkt R2. Sedan" does not.
 */
const MIN_BROKEN_RUN = 16;

export interface FoundCode {
  /** The code with everything the e-mail added taken out. */
  code: string;
  /** Whether its envelope check matches (it may still be refused by its reader). */
  checked: boolean;
  /** The line of the text (1-based) on which it starts. */
  line: number;
}

export interface FoundCodes {
  /** Each code once, in the order of the text. */
  codes: FoundCode[];
  /** How many codes were there again, letter for letter, and were left out. */
  duplicates: number;
  /** Whether the text was longer than is read, or had more codes than are returned. */
  cut: boolean;
}

const IN_ALPHABET = new Uint8Array(128);
for (const char of BASE64URL) IN_ALPHABET[char.charCodeAt(0)] = 1;
const isCodeChar = (code: number) => code < 128 && IN_ALPHABET[code] === 1;
const isDigit = (code: number) => code >= 48 && code <= 57;
/** Spaces e-mail clients put into text: ordinary ones, no-break, zero-width, soft hyphen. */
const GAP = /[\s\u00ad\u200b-\u200d\u2060]/;

/**
 * The text with every gap taken out (white space, and `>` markers at the start
 * of a line), and for each character left, where it was in the text.
 */
function compact(text: string): { chars: string; at: Int32Array } {
  const at = new Int32Array(text.length);
  let chars = '';
  let parts: string[] = [];
  let n = 0;
  let lineStart = true;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (char === '\n' || char === '\r') {
      lineStart = true;
      continue;
    }
    if (GAP.test(char)) continue;
    // A quoted-printable soft line break (`=` at the end of a line), as in a saved .eml file.
    if (char === '=' && /^\r?\n|^\r/.test(text.slice(i + 1, i + 3))) continue;
    if (lineStart && char === '>') continue;
    lineStart = false;
    parts.push(char);
    at[n++] = i;
    if (parts.length >= 8192) {
      chars += parts.join('');
      parts = [];
    }
  }
  chars += parts.join('');
  return { chars, at: at.subarray(0, n) };
}

/** The length of the version number at `from` (`[1-9]\d{0,5}`), or 0. */
function versionLength(chars: string, from: number): number {
  if (chars.charCodeAt(from) === 48) return 0;
  let n = 0;
  while (n < 7 && isDigit(chars.charCodeAt(from + n))) n++;
  return n > 6 ? 0 : n;
}

/** Where the next `R<version>.` starts at or after `from` and before `to`, or -1. */
function nextStart(chars: string, from: number, to: number): number {
  for (let i = chars.indexOf(RECEIPT_PREFIX, from); i !== -1 && i < to;) {
    const digits = versionLength(chars, i + RECEIPT_PREFIX.length);
    if (digits > 0 && chars[i + RECEIPT_PREFIX.length + digits] === '.') return i;
    i = chars.indexOf(RECEIPT_PREFIX, i + 1);
  }
  return -1;
}

/** Whether `chars[from, to)` was one unbroken run of at least `length` characters in the text. */
function hasRun(at: Int32Array, from: number, to: number, length: number): boolean {
  let run = 0;
  for (let i = from; i < to; i++) {
    run = i > from && at[i] === at[i - 1]! + 1 ? run + 1 : 1;
    if (run >= length) return true;
  }
  return false;
}

/**
 * Every receipt code in `text`, each once, with the line it starts on. A code
 * whose envelope check matches is always found whole; something that starts
 * like a code but is cut short or changed is returned too (unchecked), so the
 * reader can say what is wrong with it. Never throws.
 */
export function findReceiptCodes(text: string): FoundCodes {
  let cut = text.length > MAX_TEXT_CHARS;
  const { chars, at } = compact(cut ? text.slice(0, MAX_TEXT_CHARS) : text);
  const lineStarts: number[] = [0];
  const found: { start: number; code: string; checked: boolean }[] = [];
  const seen = new Set<string>();
  let duplicates = 0;

  const take = (start: number, code: string, checked: boolean) => {
    if (seen.has(code)) {
      duplicates++;
      return;
    }
    seen.add(code);
    found.push({ start, code, checked });
  };

  let i = 0;
  while (i < chars.length) {
    if (found.length >= MAX_CODES) {
      cut ||= nextStart(chars, i, chars.length) !== -1;
      break;
    }
    const start = nextStart(chars, i, chars.length);
    if (start === -1) break;
    const bodyStart = start + RECEIPT_PREFIX.length + versionLength(chars, start + 1) + 1;
    let bodyEnd = bodyStart;
    while (bodyEnd < chars.length && isCodeChar(chars.charCodeAt(bodyEnd))) bodyEnd++;
    if (bodyEnd - start > MAX_RECEIPT_CHARS) {
      // Far longer than any code: not one. Go on after it.
      i = bodyEnd;
      continue;
    }
    let end = bodyEnd;
    if (chars[bodyEnd] === '.') {
      end = bodyEnd + 1;
      while (end < bodyEnd + 1 + CHECK_LENGTH && isCodeChar(chars.charCodeAt(end))) end++;
      const head = chars.slice(start, bodyEnd);
      const check = chars.slice(bodyEnd + 1, end);
      if (bodyEnd > bodyStart && codeCheck(head) === check) {
        take(start, `${head}.${check}`, true);
        i = end;
        continue;
      }
    }
    // Not a whole code. If another code starts inside it, this one ends where that one starts
    // (a code cut short, then the next one on the following line).
    const inner = nextStart(chars, start + 1, end);
    if (inner !== -1) end = Math.min(end, inner);
    if (hasRun(at, bodyStart, Math.min(end, bodyEnd), MIN_BROKEN_RUN)) {
      take(start, chars.slice(start, end), false);
    }
    i = inner !== -1 ? inner : Math.max(end, start + 1);
  }

  // Line numbers, counted once over the text up to the last code.
  const last = found.length > 0 ? at[found[found.length - 1]!.start]! : -1;
  for (let c = 0; c < last; c++) {
    const char = text.charCodeAt(c);
    if (char === 10 || (char === 13 && text.charCodeAt(c + 1) !== 10)) lineStarts.push(c + 1);
  }
  const lineOf = (offset: number) => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (lineStarts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  };

  return {
    codes: found.map(({ start, code, checked }) => ({ code, checked, line: lineOf(at[start]!) })),
    duplicates,
    cut,
  };
}
