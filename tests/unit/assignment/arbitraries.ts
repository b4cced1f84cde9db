/**
 * fast-check generators for valid assignments and receipts, over the
 * twelve-module fixture course and three language codes, and one realistic
 * example of each with today's course.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { parse } from 'yaml';
import type { AssignmentDraft } from '@/features/assignment/assignment-draft';
import { IDENTIFIER_KINDS, type IdentifierKind } from '@/domain/identifier';
import type { Receipt } from '@/features/assignment/receipt';
import { TEST_LANGUAGES, twelveModuleIds } from '../wire/twelve-modules';

/** Today's modules, in course order (the core, then each track), as content/course.yaml lists them. */
const course = parse(readFileSync('content/course.yaml', 'utf8')) as {
  core: string[];
  tracks: { modules: string[] }[];
};
export const courseModuleIds = [...course.core, ...course.tracks.flatMap((t) => t.modules)];

/** One line of text as a person types it: any characters but control ones, no outer spaces. */
export const cleanText = (minLength: number, maxLength: number) =>
  fc
    .string({ unit: 'grapheme', minLength, maxLength })
    // eslint-disable-next-line no-control-regex
    .map((s) => s.replace(/[\u0000-\u001f\u007f-\u009f]/g, 'x').trim())
    .filter((s) => s.length >= minLength && s.length <= maxLength);

const day = fc
  .date({
    min: new Date(Date.UTC(2000, 0, 1)),
    max: new Date(Date.UTC(2199, 11, 31)),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));

const webAddress = fc
  .webUrl({ validSchemes: ['https', 'http'], withQueryParameters: true, withFragments: true })
  .filter((u) => u.length <= 200 && !/\s/.test(u));

const passMark = fc.integer({ min: 50, max: 100 }).map((p) => p / 100);

export const validDraft: fc.Arbitrary<AssignmentDraft> = fc.record(
  {
    title: cleanText(1, 100),
    organisation: cleanText(0, 100),
    contact: cleanText(0, 100),
    modules: fc.uniqueArray(fc.constantFrom(...twelveModuleIds), { minLength: 1, maxLength: 12 }),
    passMark,
    due: day,
    policyUrl: webAddress,
    reportingUrl: webAddress,
    identifiedBy: fc.constantFrom(...IDENTIFIER_KINDS),
  },
  { requiredKeys: ['title', 'organisation', 'contact', 'modules', 'passMark'] },
);

const moduleId = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,30}$/);

const score = fc
  .integer({ min: 1, max: 40 })
  .chain((n) => fc.integer({ min: 0, max: n }).map((r) => r / n));

/** A receipt module in each status: passed with a score and a day, started with or without a score. */
const receiptModule = fc.oneof(
  fc.record({ id: moduleId, status: fc.constant('passed' as const), score, passedOn: day }),
  fc.record(
    { id: moduleId, status: fc.constant('started' as const), score },
    { requiredKeys: ['id', 'status'] },
  ),
  fc.record({ id: moduleId, status: fc.constant('not-started' as const) }),
);

const identified: fc.Arbitrary<{ identifiedBy?: IdentifierKind; learnerId?: string }> = fc.oneof(
  fc.constant({}),
  fc.record({
    identifiedBy: fc.constant('email' as const),
    learnerId: fc.constantFrom('kim@kommunen.se', 'a.b-c@x.example.org'),
  }),
  fc.record({
    identifiedBy: fc.constant('employee-number' as const),
    learnerId: fc.constantFrom('12345', 'AB-7', 'X'),
  }),
  fc.record({ identifiedBy: fc.constantFrom(...IDENTIFIER_KINDS) }),
);

/** Any valid receipt of today's shape: complete or of part of the assignment, with or without an identifier. */
export const validReceipt: fc.Arbitrary<Receipt> = fc
  .record({
    name: cleanText(1, 120),
    language: fc.constantFrom(...TEST_LANGUAGES, 'sv-x-easy'),
    assignment: fc.record(
      {
        id: fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9_-]{0,40}$/),
        title: cleanText(1, 100),
        organisation: cleanText(0, 100),
        passMark,
        due: day,
      },
      { requiredKeys: ['id', 'title', 'organisation', 'passMark'] },
    ),
    modules: fc.uniqueArray(receiptModule, { minLength: 1, maxLength: 10, selector: (m) => m.id }),
    madeOn: day,
    completedOn: day,
    courseVersion: fc.stringMatching(/^[0-9][0-9.]{0,10}$/),
    identified,
  })
  .map(({ identified: who, completedOn, ...receipt }) => {
    const out: Receipt = { ...receipt, assignment: { ...receipt.assignment } };
    if (who.identifiedBy) out.assignment.identifiedBy = who.identifiedBy;
    if (who.learnerId) out.learnerId = who.learnerId;
    if (receipt.modules.every((m) => m.status === 'passed')) out.completedOn = completedOn;
    return out;
  });

/** A realistic assignment of every module of today's course. */
export const realisticDraft: AssignmentDraft = {
  title: 'Grundutbildning mutor och jäv hösten 2026',
  organisation: 'Södra Vårdförvaltningen, HR',
  contact: 'anna.lindqvist@sodravard.se',
  modules: courseModuleIds,
  passMark: 0.8,
  due: '2026-12-18',
  policyUrl: 'https://www.sodravard.se/styrdokument/antikorruption',
  reportingUrl: 'https://www.sodravard.se/visselblasning/rapportera',
  identifiedBy: 'email',
};

export const realisticReceipt: Receipt = {
  name: 'Kim Andersson',
  language: 'sv',
  assignment: {
    id: 'link-AbC_12-',
    title: realisticDraft.title,
    organisation: realisticDraft.organisation,
    passMark: 0.8,
    due: '2026-12-18',
  },
  modules: [
    { id: 'what-is-corruption', status: 'passed', score: 0.9, passedOn: '2026-11-23' },
    { id: 'bribery-and-the-law', status: 'passed', score: 1, passedOn: '2026-11-24' },
  ],
  madeOn: '2026-11-24',
  completedOn: '2026-11-24',
  courseVersion: '0.1.0',
};
