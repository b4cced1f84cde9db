/**
 * Base64url without padding (RFC 4648 §5), the alphabet of every code the app
 * writes: links, receipt codes and LMS suspend data. Hand-written rather than
 * `btoa`, so that bytes need no detour through a binary string, and strict:
 * each byte string has exactly one spelling.
 */

export const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Bytes as base64url without padding. */
export function toBase64url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
    for (let c = 0; c < chars; c++) out += BASE64URL[(n >> (18 - 6 * c)) & 63];
  }
  return out;
}

/**
 * Base64url (no padding) as bytes. Refuses, with null, any character outside
 * the alphabet, a length base64url cannot have, and left-over bits that are
 * not zero (a second spelling of the same bytes).
 */
export function fromBase64url(text: string): Uint8Array | null {
  if (text.length % 4 === 1) return null;
  const bytes = new Uint8Array(Math.floor((text.length * 6) / 8));
  let bits = 0;
  let value = 0;
  let j = 0;
  for (const char of text) {
    const digit = BASE64URL.indexOf(char);
    if (digit === -1) return null;
    value = ((value << 6) | digit) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[j++] = (value >> bits) & 0xff;
    }
  }
  if ((value & ((1 << bits) - 1)) !== 0) return null;
  return bytes;
}
