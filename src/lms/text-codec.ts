/**
 * A compact, self-delimiting text stream for the LMS suspend data: whole
 * numbers as variable-length base64url digits, strings with a length prefix,
 * and bit sets. The output uses only `A–Z a–z 0–9 - _ . %`, so no LMS has to
 * escape or mangle it.
 *
 * A number is written in groups of 5 bits, lowest first. Each group is one
 * character of the base64url alphabet: 0–31 ends the number, 32–63 means that
 * more groups follow. So 0–31 take one character, up to 1,023 two, and a time
 * in seconds since 2020 six.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const VALUE = new Map([...ALPHABET].map((c, i) => [c, i]));
const MAX_DIGITS = 11;
/** 2020-01-01T00:00:00Z: times are saved as seconds since then. */
export const TIME_EPOCH = Date.UTC(2020, 0, 1);

/** Thrown by a reader on input it cannot read; decoders catch it and refuse the whole text. */
export class CodeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CodeError';
  }
}

/** Lone surrogates cannot be percent-encoded; they become U+FFFD. */
const wellFormed = (text: string) =>
  text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');

/** Percent-encodes everything but `A–Z a–z 0–9 - _ .`. */
export const escapeText = (text: string) =>
  encodeURIComponent(wellFormed(text)).replace(
    /[!'()*~]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );

/** A time (ms) as it reads back after `CodeWriter.time`. */
export const savedTime = (ms: number) =>
  ms < TIME_EPOCH ? 0 : TIME_EPOCH + Math.floor((ms - TIME_EPOCH) / 1000) * 1000;

export class CodeWriter {
  private readonly parts: string[] = [];

  /** Appends a whole number (0 to Number.MAX_SAFE_INTEGER; other values are clamped). */
  int(value: number): this {
    let rest = Number.isFinite(value) ? Math.min(Math.max(Math.floor(value), 0), 2 ** 53 - 1) : 0;
    let out = '';
    while (rest >= 32) {
      out += ALPHABET[32 + (rest % 32)];
      rest = Math.floor(rest / 32);
    }
    this.parts.push(out + ALPHABET[rest]);
    return this;
  }

  /**
   * Appends a time (ms) to the second, rounded down, so a time read back is
   * never newer than the one saved. Times before 2020 are saved as 0.
   */
  time(ms: number): this {
    return this.int(ms < TIME_EPOCH ? 0 : Math.floor((ms - TIME_EPOCH) / 1000) + 1);
  }

  /** Appends a string: its escaped length, then the escaped text. */
  str(text: string): this {
    const escaped = escapeText(text);
    this.int(escaped.length);
    this.parts.push(escaped);
    return this;
  }

  /** Appends a set of bits: how many characters follow, then 6 bits per character. */
  bits(flags: readonly boolean[]): this {
    const length = flags.lastIndexOf(true) + 1;
    const chars: string[] = [];
    for (let i = 0; i < length; i += 6) {
      let value = 0;
      for (let b = 0; b < 6; b++) if (flags[i + b]) value |= 1 << b;
      chars.push(ALPHABET[value]!);
    }
    this.int(chars.length);
    this.parts.push(...chars);
    return this;
  }

  toString(): string {
    return this.parts.join('');
  }
}

export class CodeReader {
  private position = 0;
  constructor(private readonly text: string) {}

  private next(): number {
    const value = VALUE.get(this.text[this.position] ?? '');
    if (value === undefined) throw new CodeError(`unexpected character at ${this.position}`);
    this.position++;
    return value;
  }

  int(): number {
    let value = 0;
    let scale = 1;
    for (let digits = 0; digits < MAX_DIGITS; digits++) {
      const digit = this.next();
      value += (digit % 32) * scale;
      if (digit < 32) {
        if (!Number.isSafeInteger(value)) throw new CodeError('number too large');
        return value;
      }
      scale *= 32;
    }
    throw new CodeError('number too long');
  }

  /** A whole number that must be below `limit`. */
  below(limit: number): number {
    const value = this.int();
    if (value >= limit) throw new CodeError(`value ${value} out of range`);
    return value;
  }

  time(): number {
    const value = this.int();
    return value === 0 ? 0 : TIME_EPOCH + (value - 1) * 1000;
  }

  str(): string {
    const length = this.int();
    const escaped = this.text.slice(this.position, this.position + length);
    if (escaped.length !== length) throw new CodeError('string cut short');
    this.position += length;
    try {
      return decodeURIComponent(escaped);
    } catch {
      throw new CodeError('bad escape');
    }
  }

  bits(): boolean[] {
    const count = this.int();
    if (count > this.text.length - this.position) throw new CodeError('bits cut short');
    const flags: boolean[] = [];
    for (let i = 0; i < count; i++) {
      const value = this.next();
      for (let b = 0; b < 6; b++) flags.push((value & (1 << b)) !== 0);
    }
    return flags;
  }

  get done(): boolean {
    return this.position === this.text.length;
  }
}
