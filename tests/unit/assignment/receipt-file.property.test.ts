/**
 * Receipt files are read by their schemas alone: the hand-written check of
 * their name and version went. What it told apart must stay told apart: a
 * file that is no receipt, a receipt from a newer app, and a broken receipt.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeReceiptJson,
  RECEIPT_FORMAT,
  RECEIPT_VERSION,
  receiptToJson,
} from '@/features/assignment/receipt-codec';
import { validReceipt } from './arbitraries';

/** The reason the hand-written check gave, or null when it passed the file on to the schemas. */
function handWritten(value: unknown): 'not-receipt' | 'unknown-version' | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'not-receipt';
  const { format, version } = value as Record<string, unknown>;
  if (format !== RECEIPT_FORMAT) return 'not-receipt';
  if (typeof version === 'number' && version > RECEIPT_VERSION) return 'unknown-version';
  return null;
}

const KEEP = Symbol('keep');
const DROP = Symbol('drop');
const changed = fc.record({
  receipt: validReceipt,
  format: fc.constantFrom<unknown>(KEEP, DROP, 'mutkollen-progress', 'Mutkollen-Receipt', null, 1),
  version: fc.constantFrom<unknown>(KEEP, DROP, 1, 2, 3, 99, 2.5, 0, -1, '2', null, 1e9),
  wrap: fc.constantFrom('object', 'array', 'string'),
});

describe('reading a receipt file', () => {
  it('tells a file that is no receipt, a newer one and a broken one apart as before', () => {
    fc.assert(
      fc.property(changed, ({ receipt, format, version, wrap }) => {
        const file = JSON.parse(receiptToJson(receipt)) as Record<string, unknown>;
        if (format === DROP) delete file.format;
        else if (format !== KEEP) file.format = format;
        if (version === DROP) delete file.version;
        else if (version !== KEEP) file.version = version;
        const value = wrap === 'object' ? file : wrap === 'array' ? [file] : JSON.stringify(file);
        const result = decodeReceiptJson(JSON.stringify(value));
        const expected = handWritten(value);
        if (expected !== null) {
          expect(result).toEqual({ ok: false, reason: expected });
        } else if (format === KEEP && (version === KEEP || version === RECEIPT_VERSION)) {
          expect(result.ok).toBe(true);
        } else {
          // Version 1 or 2 named where the other was written: no longer the file that was checked.
          expect(result).toEqual({ ok: false, reason: expect.toBeOneOf(['invalid', 'tampered']) });
        }
      }),
      { numRuns: 500 },
    );
  });
});
