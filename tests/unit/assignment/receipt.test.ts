import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignmentProgress, buildReceipt, type Receipt } from '@/features/assignment/receipt';
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

/** A receipt of part of an assignment that identifies learners by e-mail. */
const identifiedReceipt: Receipt = {
  ...realisticReceipt,
  learnerId: 'kim.andersson@sodravard.se',
  assignment: { ...realisticReceipt.assignment, identifiedBy: 'email' },
  modules: [
    { id: 'what-is-corruption', status: 'passed', score: 0.9, passedOn: '2026-11-23' },
    { id: 'bribery-and-the-law', status: 'started', score: 0.4 },
    { id: 'procurement-risks', status: 'not-started' },
  ],
  madeOn: '2026-11-25',
  completedOn: undefined,
};
delete identifiedReceipt.completedOn;

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
        expect(code).toMatch(/^R3\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{7}$/);
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
    expect(decodeReceiptJson(json.replace('"version": 3', '"version": 4'))).toEqual({
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

  it('covers every field of version 3 with its check', () => {
    type File = Omit<Receipt, 'learnerId' | 'modules'> & {
      learnerId?: string;
      modules: Record<string, unknown>[];
    };
    const file = JSON.parse(receiptToJson(identifiedReceipt)) as File;
    const edits: [string, (f: File) => void][] = [
      ['name', (f) => (f.name = 'Kim B')],
      ['language', (f) => (f.language = 'en')],
      ['learnerId', (f) => (f.learnerId = 'kim.b@kommunen.se')],
      ['learnerId removed', (f) => delete f.learnerId],
      ['assignment id', (f) => (f.assignment.id = 'link-Other01')],
      ['title', (f) => (f.assignment.title = 'Annat')],
      ['organisation', (f) => (f.assignment.organisation = 'Annan')],
      ['pass mark', (f) => (f.assignment.passMark = 0.9)],
      ['due', (f) => (f.assignment.due = '2027-01-01')],
      ['identifiedBy', (f) => (f.assignment.identifiedBy = 'employee-number')],
      ['status', (f) => (f.modules[1]!.status = 'not-started')],
      ['score', (f) => (f.modules[1]!.score = 0.5)],
      ['passedOn', (f) => (f.modules[0]!.passedOn = '2026-11-20')],
      ['module order', (f) => f.modules.reverse()],
      ['madeOn', (f) => (f.madeOn = '2026-11-30')],
      ['courseVersion', (f) => (f.courseVersion = '9.9.9')],
    ];
    expect(decodeReceiptJson(JSON.stringify(file)).ok).toBe(true);
    for (const [label, edit] of edits) {
      const changed = structuredClone(file);
      edit(changed);
      expect(decodeReceiptJson(JSON.stringify(changed)), label).toEqual({
        ok: false,
        reason: 'tampered',
      });
    }
  });

  it('carries a receipt of part of an assignment, and refuses one that does not hold together', () => {
    expect(decodeReceiptJson(receiptToJson(identifiedReceipt))).toMatchObject({
      ok: true,
      receipt: identifiedReceipt,
    });
    const broken: Receipt[] = [
      // Every module passed, but no completion day; and a completion day with one not passed.
      { ...realisticReceipt, completedOn: undefined } as unknown as Receipt,
      { ...identifiedReceipt, completedOn: '2026-11-24' },
      // A passed module without its day, a day on one not passed.
      {
        ...identifiedReceipt,
        modules: [{ id: 'what-is-corruption', status: 'passed', score: 1 }],
      },
      {
        ...identifiedReceipt,
        modules: [{ id: 'what-is-corruption', status: 'started', passedOn: '2026-11-23' }],
      },
      { ...identifiedReceipt, learnerId: 'Kim@Kommunen.se' },
    ];
    for (const receipt of broken) {
      expect(() => receiptToJson(JSON.parse(JSON.stringify(receipt)) as Receipt)).toThrow(
        RangeError,
      );
    }
  });

  it('names the file after the learner and the completion date, or the day of a partial one', () => {
    expect(receiptFileName(identifiedReceipt)).toBe(
      'mutkollen-receipt-kim-andersson-2026-11-25.json',
    );
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
    const input = {
      assignment,
      quizzes,
      modules: {},
      language: 'sv',
      courseVersion: '1.0.0',
      now: Date.UTC(2026, 10, 28, 12),
    };
    expect(buildReceipt({ ...input, name: 'Kim' })).toEqual({
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
        { id: 'what-is-corruption', status: 'passed', score: 0.9, passedOn: '2026-11-23' },
        { id: 'bribery-and-the-law', status: 'started', score: 0.8 },
      ],
      madeOn: '2026-11-28',
      courseVersion: '1.0.0',
    });

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
        { id: 'what-is-corruption', status: 'passed', score: 0.9, passedOn: '2026-11-23' },
        { id: 'bribery-and-the-law', status: 'passed', score: 0.9, passedOn: '2026-11-25' },
      ],
      madeOn: '2026-11-28',
      completedOn: '2026-11-25',
      courseVersion: '1.0.0',
    });
  });

  it('makes a receipt at any time: not started, started by a lesson or a quiz, passed', () => {
    const input = {
      assignment: { ...assignment, identifiedBy: 'employee-number' as const },
      name: 'Kim',
      language: 'sv',
      courseVersion: '1.0.0',
      now: Date.UTC(2026, 10, 28, 12),
    };
    const nothing = buildReceipt({ ...input, quizzes: {}, modules: {} });
    expect(nothing.modules).toEqual([
      { id: 'what-is-corruption', status: 'not-started' },
      { id: 'bribery-and-the-law', status: 'not-started' },
    ]);
    expect(nothing.completedOn).toBeUndefined();
    expect(nothing.learnerId).toBeUndefined();
    expect(nothing.assignment.identifiedBy).toBe('employee-number');

    const lesson = { lessonsVisited: ['intro'], updatedAt: 5 };
    const unfinished = { ...finished('w1', 0, 0.5), finishedAt: undefined, score: undefined };
    const started = buildReceipt({
      ...input,
      quizzes: { 'bribery-and-the-law': [unfinished] },
      modules: { 'what-is-corruption': lesson },
      learnerId: ' ab 12 ',
    });
    expect(started.modules).toEqual([
      { id: 'what-is-corruption', status: 'started' },
      { id: 'bribery-and-the-law', status: 'started' },
    ]);
    expect(started.learnerId).toBe('AB12');
  });

  it('leaves out the identifier when the assignment does not ask for one', () => {
    const receipt = buildReceipt({
      assignment,
      quizzes: {},
      modules: {},
      name: 'Kim',
      language: 'sv',
      courseVersion: '1.0.0',
      learnerId: 'kim@kommunen.se',
    });
    expect('learnerId' in receipt).toBe(false);
  });
});
