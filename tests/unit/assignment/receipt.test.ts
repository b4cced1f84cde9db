import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignmentProgress, buildReceipt } from '@/features/assignment/receipt';
import {
  decodeReceiptCode,
  decodeReceiptJson,
  encodeReceiptCode,
  receiptFileName,
  receiptToJson,
} from '@/features/assignment/receipt-codec';
import type { Assignment } from '@/store/schema';
import { finished } from '../progress/fixtures';
import { realisticReceipt, validReceipt } from './arbitraries';

const REASONS = [
  'empty',
  'too-large',
  'not-json',
  'not-receipt',
  'unknown-version',
  'invalid',
  'truncated',
  'tampered',
];
const refused = { ok: false, reason: expect.toBeOneOf(REASONS) };

describe('the completion receipt', () => {
  it('brings every valid receipt back unchanged from its JSON file', () => {
    fc.assert(
      fc.property(validReceipt, (receipt) => {
        const result = decodeReceiptJson(receiptToJson(receipt));
        expect(result.ok).toBe(true);
        if (result.ok) expect(result.receipt).toStrictEqual(JSON.parse(JSON.stringify(receipt)));
      }),
      { numRuns: 200 },
    );
  });

  it('brings every valid receipt back unchanged from its text code', async () => {
    await fc.assert(
      fc.asyncProperty(validReceipt, async (receipt) => {
        const code = await encodeReceiptCode(receipt);
        expect(code).toMatch(/^R2\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{7}$/);
        const result = await decodeReceiptCode(code);
        expect(result.ok).toBe(true);
        if (result.ok) expect(result.receipt).toStrictEqual(JSON.parse(JSON.stringify(receipt)));
      }),
      { numRuns: 150 },
    );
  });

  it('refuses any random text with a reason, as a file or as a code, never throwing', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string(), fc.json(), fc.base64String()), async (text) => {
        expect(decodeReceiptJson(text)).toEqual(refused);
        expect(await decodeReceiptCode(text)).toEqual(refused);
      }),
      { numRuns: 300 },
    );
  });

  it('refuses a text code with one character changed, dropped, or cut short', async () => {
    const cases = fc.tuple(
      validReceipt,
      fc.constantFrom('change', 'drop', 'cut'),
      fc.nat(),
      fc.string({ minLength: 1, maxLength: 1 }),
    );
    await fc.assert(
      fc.asyncProperty(cases, async ([receipt, kind, n, by]) => {
        const code = await encodeReceiptCode(receipt);
        const at = n % code.length;
        const broken =
          kind === 'change'
            ? code.slice(0, at) + by + code.slice(at + 1)
            : kind === 'drop'
              ? code.slice(0, at) + code.slice(at + 1)
              : code.slice(0, at);
        fc.pre(broken.trim() !== code);
        const result = await decodeReceiptCode(broken);
        expect(result).toEqual(refused);
        if (kind === 'cut' && at > 0) expect(result).toEqual({ ok: false, reason: 'truncated' });
      }),
      { numRuns: 300 },
    );
  });

  it('refuses a receipt file edited by hand, and says why', () => {
    const json = receiptToJson(realisticReceipt);
    expect(decodeReceiptJson(json).ok).toBe(true);
    expect(decodeReceiptJson(json.replace('"score": 0.9', '"score": 1'))).toEqual({
      ok: false,
      reason: 'tampered',
    });
    expect(decodeReceiptJson(json.replace('Kim Andersson', 'Kim Anderson'))).toEqual({
      ok: false,
      reason: 'tampered',
    });
    expect(decodeReceiptJson(json.slice(0, 200))).toEqual({ ok: false, reason: 'not-json' });
    expect(decodeReceiptJson(json.replace('"version": 2', '"version": 3'))).toEqual({
      ok: false,
      reason: 'unknown-version',
    });
    expect(decodeReceiptJson(json.replace('"score": 0.9', '"score": 1.5'))).toEqual({
      ok: false,
      reason: 'invalid',
    });
    expect(decodeReceiptJson(json.replace('Kim Andersson', 'Kim\\nAndersson'))).toEqual({
      ok: false,
      reason: 'invalid',
    });
    expect(decodeReceiptJson(json.replace('2026-11-23', '2026-02-30'))).toEqual({
      ok: false,
      reason: 'invalid',
    });
    expect(decodeReceiptJson('{"hello": "world"}')).toEqual({ ok: false, reason: 'not-receipt' });
    expect(decodeReceiptJson('   ')).toEqual({ ok: false, reason: 'empty' });
  });

  it('names the file after the learner and the completion date', () => {
    expect(receiptFileName({ ...realisticReceipt, name: 'Åsa Öberg-Lind' })).toBe(
      'mutkollen-receipt-asa-oberg-lind-2026-11-24.json',
    );
    expect(receiptFileName({ ...realisticReceipt, name: '李小龙' })).toBe(
      'mutkollen-receipt-learner-2026-11-24.json',
    );
  });
});

describe('progress on an assignment', () => {
  const assignment: Assignment = {
    id: 'link-abcdefg',
    title: 'Hösten',
    organisation: 'Kommunen',
    contact: '',
    modules: ['what-is-corruption', 'bribery-and-the-law'],
    passMark: 0.9,
    due: '2026-11-30',
    acceptedAt: 1,
  };

  it('counts a module only when it is passed and a fresh attempt reached the assignment pass mark', () => {
    const quizzes = {
      // Passed at 80 % on day 0, reached 90 % on day 2.
      'what-is-corruption': [finished('w1', 0, 0.8), finished('w2', 2, 0.9)],
      // A wrong-only retake at 100 % is practice.
      'bribery-and-the-law': [finished('b1', 1, 0.8), finished('b2', 3, 1, { mode: 'wrong-only' })],
    };
    const progress = assignmentProgress(assignment, quizzes);
    expect(progress.passedCount).toBe(1);
    expect(progress.complete).toBe(false);
    expect(progress.modules[1]).toMatchObject({ passed: false, bestScore: 0.8 });
    const input = { assignment, quizzes, language: 'sv', courseVersion: '1.0.0' };
    expect(buildReceipt({ ...input, name: 'Kim' })).toBeNull();

    quizzes['bribery-and-the-law'].push(finished('b3', 4, 0.9));
    const receipt = buildReceipt({ ...input, name: ' Kim ' });
    expect(receipt).toEqual({
      name: 'Kim',
      language: 'sv',
      assignment: {
        id: 'link-abcdefg',
        title: 'Hösten',
        organisation: 'Kommunen',
        passMark: 0.9,
        due: '2026-11-30',
      },
      modules: [
        { id: 'what-is-corruption', score: 0.9, passedOn: '2026-11-23' },
        { id: 'bribery-and-the-law', score: 0.9, passedOn: '2026-11-25' },
      ],
      completedOn: '2026-11-25',
      courseVersion: '1.0.0',
    });
  });
});
