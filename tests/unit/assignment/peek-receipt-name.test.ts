/**
 * The learner's name from a receipt that cannot be read, so the trainer is
 * told whose it was: for receipts of today's format (R3) as for older ones.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { peekCodeName, peekFileName } from '@/features/assignment/peek-receipt-name';
import { encodeReceiptCode, receiptToJson } from '@/features/assignment/receipt-codec';
import { realisticReceipt } from './arbitraries';

describe('peeking at the name of a receipt that cannot be read', () => {
  it('finds it in an R3 code cut short, and in an R2 code of the last release', async () => {
    const code = await encodeReceiptCode({
      ...realisticReceipt,
      name: 'Åsa Öberg',
      learnerId: 'asa.oberg@kommunen.se',
      assignment: { ...realisticReceipt.assignment, identifiedBy: 'email' },
    });
    expect(code.startsWith('R3.')).toBe(true);
    expect(peekCodeName(code.slice(0, 250))).toBe('Åsa Öberg');
    const [v2] = JSON.parse(readFileSync('tests/fixtures/wire/receipt-codes-v2.json', 'utf8')) as {
      code: string;
    }[];
    expect(peekCodeName(v2!.code.slice(0, -3))).toBe('Kim Andersson');
  });

  it('finds it in an R3 file cut short', () => {
    const text = receiptToJson({ ...realisticReceipt, name: 'Ahmed Yusuf' });
    expect(peekFileName(text.slice(0, 90))).toBe('Ahmed Yusuf');
  });
});
