/**
 * fast-check generators for valid assignments and receipts, over the
 * twelve-module fixture course and three language codes, and one realistic
 * example of each with today's course.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { parse } from 'yaml';
import type { AssignmentDraft } from '@/features/assignment/assignment-draft';
import { IDENTIFIER_KINDS } from '@/domain/identifier';
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

export const validReceipt: fc.Arbitrary<Receipt> = fc.record({
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
  modules: fc.uniqueArray(
    fc.record({
      id: moduleId,
      score: fc
        .integer({ min: 1, max: 40 })
        .chain((n) => fc.integer({ min: 0, max: n }).map((r) => r / n)),
      passedOn: day,
    }),
    { minLength: 1, maxLength: 10, selector: (m) => m.id },
  ),
  completedOn: day,
  courseVersion: fc.stringMatching(/^[0-9][0-9.]{0,10}$/),
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
    { id: 'what-is-corruption', score: 0.9, passedOn: '2026-11-23' },
    { id: 'bribery-and-the-law', score: 1, passedOn: '2026-11-24' },
  ],
  completedOn: '2026-11-24',
  courseVersion: '0.1.0',
};
