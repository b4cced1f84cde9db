/**
 * Any receipt code, wrapped at any width as a mail client wraps it, quoted as
 * a reply quotes it and set inside prose, is found exactly: the code itself,
 * once, and nothing else.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findReceiptCodes } from '@/features/assignment/find-receipt-codes';
import { encodeReceiptCode } from '@/features/assignment/receipt-codec';
import { validReceipt } from './arbitraries';

const words = [
  'Hej',
  'Anna,',
  'här',
  'är',
  'min',
  'kod:',
  'Tack',
  'för',
  'kursen!',
  '/Ahmed',
  'Mvh',
  'Kim',
  'R2.',
  'punkt',
  '12.',
  'HR',
  '(se',
  'nedan)',
  '–',
  'Skickat',
  'från',
  'min',
  'iPhone',
  'Den',
  '1',
  'dec.',
  '2026',
  'kl.',
  '09:14',
  'skrev',
  '<anna@kommunen.se>:',
];
const wordy = fc.array(fc.constantFrom(...words), { maxLength: 30 }).map((w) => w.join(' '));
/** Sentences of mail words, or any text at all. */
const prose = fc.oneof(wordy, fc.string({ unit: 'grapheme', maxLength: 200 }));

const mail = fc.record({
  receipt: validReceipt,
  before: prose,
  after: prose,
  /** What stands between the prose and the code. */
  gap: fc.constantFrom(' ', '\n', '\r\n', ': ', '\n\n', '\t'),
  width: fc.integer({ min: 1, max: 120 }),
  eol: fc.constantFrom('\n', '\r\n', '\r'),
  quote: fc.constantFrom('', '> ', '>', '> > ', '>> '),
  indent: fc.constantFrom('', ' ', '\t'),
});

describe('finding a receipt code in an e-mail', () => {
  it('finds any code, wrapped at any width and set in prose, exactly once', async () => {
    await fc.assert(
      fc.asyncProperty(mail, async ({ receipt, before, after, gap, width, eol, quote, indent }) => {
        const code = await encodeReceiptCode(receipt);
        const text = `${before}${gap}${code}${gap}${after}`;
        const lines = text.match(new RegExp(`.{1,${width}}`, 'gs')) ?? [];
        const wrapped = lines.map((line) => `${quote}${indent}${line}`).join(eol);
        const found = findReceiptCodes(wrapped);
        expect(found.codes.map((c) => c.code)).toEqual([code]);
        expect(found.codes[0]!.checked).toBe(true);
        expect(found.duplicates).toBe(0);
      }),
      { numRuns: 500 },
    );
  });

  it('finds several codes pasted in one text, each once, however often each is there', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(validReceipt, { minLength: 1, maxLength: 4, selector: (r) => r.name }),
        fc.array(fc.nat(), { minLength: 1, maxLength: 8 }),
        wordy,
        fc.integer({ min: 20, max: 100 }),
        async (receipts, picks, between, width) => {
          const all = await Promise.all(receipts.map((r) => encodeReceiptCode(r)));
          const pasted = picks.map((p) => all[p % all.length]!);
          const text = pasted.join(`\n${between}\n`);
          const wrapped = (text.match(new RegExp(`.{1,${width}}`, 'gs')) ?? []).join('\r\n');
          const found = findReceiptCodes(wrapped);
          const unique = [...new Set(pasted)];
          expect(found.codes.map((c) => c.code)).toEqual(unique);
          expect(found.duplicates).toBe(pasted.length - unique.length);
        },
      ),
      { numRuns: 150 },
    );
  });
});
