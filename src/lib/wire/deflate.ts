/**
 * Deflate-raw (RFC 1951) for the wire formats, with fflate. Synchronous,
 * because LMS suspend data must be written inside `pagehide`, where a promise
 * may never settle; and the same in every browser, so the same value always
 * gives the same code. CompressionStream is neither (docs/decisions/0004).
 */
import { deflateSync, inflateSync } from 'fflate';

/** UTF-8 `text` compressed with deflate-raw at the highest level. */
export function deflateText(text: string): Uint8Array {
  return deflateSync(new TextEncoder().encode(text), { level: 9 });
}

/**
 * The UTF-8 text inside deflate-raw `bytes`, or null when they are not
 * deflate-raw, are cut short, are not UTF-8, or inflate to more than `limit`
 * bytes (the output never grows past `limit + 1` bytes). Never throws.
 */
export function inflateText(bytes: Uint8Array, limit: number): string | null {
  try {
    // With a buffer of its own, fflate writes at most that much: one byte more than allowed
    // tells a payload that is too large from one that fits exactly.
    const raw = inflateSync(bytes, { out: new Uint8Array(limit + 1) });
    if (raw.length > limit) return null;
    return new TextDecoder('utf-8', { fatal: true }).decode(raw);
  } catch {
    return null;
  }
}
