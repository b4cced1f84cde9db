/**
 * Writes tests/fixtures/wire/ with the encoders of the release before the
 * wire format changed (links v1, receipts v1, suspend data v1). Run once:
 *
 *   WRITE_WIRE_FIXTURES=1 npx vitest run tests/unit/wire/write-v1-fixtures.test.ts
 *
 * The files it writes are committed and must decode for ever; this script
 * goes with the v1 writers it calls.
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  type AssignmentDraft,
  decodeAssignment,
  encodeAssignment,
  LINK_MODULE_IDS,
} from '@/features/assignment/assignment-link';
import {
  decodeReceiptCode,
  decodeReceiptJson,
  encodeReceiptCode,
  type Receipt,
  receiptFileName,
  receiptToJson,
} from '@/features/assignment/receipt';
import { buildCourseIndex, type CourseIndex } from '@/lms/course-index';
import { decodeSuspendData, encodeSuspendData } from '@/lms/suspend-data';
import { emptyState, type PersistedState } from '@/store/schema';
import { realisticDraft, realisticReceipt } from '../assignment/arbitraries';
import {
  content,
  DAY,
  finishedAttempt,
  index,
  LONG_NAME,
  modules,
  openAttempt,
  seeded,
  T0,
  worstCaseState,
} from '../lms/course';

const DIR = 'tests/fixtures/wire';
const write = (file: string, value: unknown) =>
  writeFileSync(`${DIR}/${file}`, `${JSON.stringify(value, null, 2)}\n`);

const drafts: { label: string; draft: AssignmentDraft }[] = [
  { label: 'all seven modules, realistic', draft: realisticDraft },
  {
    label: 'one module, nothing optional',
    draft: {
      title: 'Mutor',
      organisation: '',
      contact: '',
      modules: ['procurement-risks'],
      passMark: 1,
    },
  },
  {
    label: 'separators, backslashes, Swedish letters and emoji, modules out of order',
    draft: {
      title: 'Jäv | mutor \\ förmåner – ÅÄÖ åäö é ü 😀',
      organisation: 'Region Östergötland | Vård\\Omsorg',
      contact: 'Märta Ågren, 013-12 34 56',
      modules: [...LINK_MODULE_IDS].reverse(),
      passMark: 0.5,
      due: '2028-02-29',
      policyUrl: 'https://intra.example.se/styrdokument?id=42&lang=sv#jäv',
      reportingUrl: 'http://visselblasning.example.se/rapportera%20h%C3%A4r',
    },
  },
  {
    label: 'every text at its longest',
    draft: {
      title:
        'Årlig utbildning för chefer i Södra Vårdförvaltningen: mutor, jäv och förmåner. '.padEnd(
          100,
          'ö',
        ),
      organisation: 'Södra Vårdförvaltningen, avdelningen för upphandling och inköp'.padEnd(
        100,
        'å',
      ),
      contact: 'Anna-Karin Östergård, anna-karin.ostergard@sodravard.example.se'.padEnd(100, 'ä'),
      modules: [
        'conflicts-of-interest',
        'what-is-corruption',
        'suppliers-and-supply-chain',
        'bribery-and-the-law',
        'preventing-and-reporting',
        'benefits-and-four-questions',
        'procurement-risks',
      ],
      passMark: 0.87,
      due: '2199-12-31',
      policyUrl: `https://www.sodravard.example.se/${'styrdokument/'.repeat(20)}`.slice(0, 200),
      reportingUrl: `https://www.sodravard.example.se/rapportera?${'a=1&'.repeat(50)}`.slice(
        0,
        200,
      ),
    },
  },
];

const receipts: { label: string; receipt: Receipt }[] = [
  { label: 'realistic', receipt: realisticReceipt },
  {
    label: 'all seven modules, no due date, no organisation',
    receipt: {
      name: 'Åsa Öberg-Lind',
      assignment: {
        id: 'link-Zx9_-Q1',
        title: 'Introduktion för nyanställda',
        organisation: '',
        passMark: 0.7,
      },
      modules: LINK_MODULE_IDS.map((id, i) => ({
        id,
        score: [7 / 9, 1, 0.8, 0.7, 9 / 11, 1, 0.75][i]!,
        passedOn: `2027-01-${String(10 + i).padStart(2, '0')}`,
      })),
      completedOn: '2027-01-16',
      courseVersion: '0.1.0',
    },
  },
  {
    label: 'a long name in many scripts, quotes, an unknown module id',
    receipt: {
      name: `"Kim" O'Brien – 李小龙 – Ærøskøbing – 😀 ${'ä'.repeat(120)}`.slice(0, 120),
      assignment: {
        id: 'a',
        title: 'Jäv | "citat" \\ snedstreck',
        organisation: 'Kommunen <script>',
        passMark: 1,
        due: '2026-02-28',
      },
      modules: [
        { id: 'what-is-corruption', score: 1, passedOn: '2026-02-27' },
        { id: 'a-module-from-later', score: 0.9, passedOn: '2026-03-01' },
      ],
      completedOn: '2026-03-01',
      courseVersion: '1.2.3-beta.1+build.7',
    },
  },
];

/** A learner part of the way: one module read and passed, one begun with a quiz open, one ending found. */
function realisticState(): PersistedState {
  const random = seeded(7);
  const state = emptyState('sv');
  const [first, second, third] = modules;
  state.settings = { language: 'sv', learnerName: 'Åsa Öberg', updatedAt: T0 + 1_234 };
  state.modules[first!.id] = {
    lessonsVisited: first!.lessons.map((l) => l.id),
    currentLesson: first!.lessons.at(-1)!.id,
    updatedAt: T0 + 60_000,
  };
  state.quizzes[first!.id] = [
    finishedAttempt(first!, random, T0 + 2 * 3_600_000, 0.5),
    finishedAttempt(first!, random, T0 + 3 * 3_600_000, 1),
  ];
  state.modules[second!.id] = {
    lessonsVisited: [second!.lessons[0]!.id],
    currentLesson: second!.lessons[1]!.id,
    updatedAt: T0 + DAY,
  };
  state.quizzes[second!.id] = [openAttempt(second!, random, T0 + DAY + 600_000, 2)];
  const scenario = third!.scenarios[0]!;
  state.scenarios[`${third!.id}/${scenario.id}`] = {
    endingsFound: [scenario.endings[0]!.id],
    updatedAt: T0 + 2 * DAY,
  };
  return state;
}

/** Today's course with an eighth module (a copy of the first under a new id), which v1 saves by its full id. */
function eightModuleIndex(): CourseIndex {
  const copy = { ...content.modules.sv['what-is-corruption']!, id: 'an-eighth-module' };
  const catalogue = {
    ...content.catalogue.sv,
    modules: [
      ...content.catalogue.sv.modules,
      { ...content.catalogue.sv.modules[0]!, id: 'an-eighth-module' },
    ],
  };
  return buildCourseIndex(catalogue, { ...content.modules.sv, 'an-eighth-module': copy });
}

describe.runIf(process.env.WRITE_WIRE_FIXTURES)('writing the v1 wire fixtures', () => {
  it('writes links, receipts and suspend data as the v1 release made them', async () => {
    mkdirSync(DIR, { recursive: true });

    const links = [];
    for (const { label, draft } of drafts) {
      const code = await encodeAssignment(draft);
      const decoded = await decodeAssignment(code);
      if (!decoded.ok) throw new Error(`link ${label} does not decode`);
      expect(decoded.assignment).toEqual({ id: decoded.assignment.id, ...draft });
      links.push({ label, code, assignment: decoded.assignment });
    }
    write('links-v1.json', links);

    const codes = [];
    const files = [];
    for (const [n, { label, receipt }] of receipts.entries()) {
      const code = await encodeReceiptCode(receipt);
      const fromCode = await decodeReceiptCode(code);
      if (!fromCode.ok) throw new Error(`receipt code ${label} does not decode`);
      codes.push({ label, code, receipt: fromCode.receipt, check: fromCode.check });
      const json = receiptToJson(receipt);
      const file = `receipt-v1-${n + 1}.json`;
      writeFileSync(`${DIR}/${file}`, json);
      const fromFile = decodeReceiptJson(json);
      if (!fromFile.ok) throw new Error(`receipt file ${label} does not decode`);
      files.push({
        label,
        file,
        downloadedAs: receiptFileName(receipt),
        receipt: fromFile.receipt,
        check: fromFile.check,
      });
    }
    write('receipt-codes-v1.json', codes);
    write('receipt-files-v1.json', files);

    const eight = eightModuleIndex();
    write('course-index-v1.json', index);
    write('course-index-v1-eight-modules.json', eight);
    const eightState = worstCaseState('Kim', 3);
    const extra = eightState.quizzes['what-is-corruption']!;
    eightState.quizzes['an-eighth-module'] = extra;
    eightState.modules['an-eighth-module'] = eightState.modules['what-is-corruption']!;
    const states: {
      label: string;
      index: string;
      state: PersistedState;
      maxLength?: number;
    }[] = [
      { label: 'nothing done yet', index: 'course-index-v1.json', state: emptyState() },
      {
        label: 'realistic, part of the way',
        index: 'course-index-v1.json',
        state: realisticState(),
      },
      {
        label:
          'worst case: 7 modules × 10 attempts + an open quiz, every ending, 120-character name',
        index: 'course-index-v1.json',
        state: worstCaseState(LONG_NAME),
      },
      {
        label: '40 attempts per module and a 120-character CJK name',
        index: 'course-index-v1.json',
        state: worstCaseState('中'.repeat(120), 40),
      },
      {
        label: 'the worst case squeezed into 1,200 characters (lower levels)',
        index: 'course-index-v1.json',
        state: worstCaseState(LONG_NAME),
        maxLength: 1200,
      },
      {
        label: 'an eighth module not in the v1 number table, saved by its id',
        index: 'course-index-v1-eight-modules.json',
        state: eightState,
      },
    ];
    const suspend = states.map(({ label, index: indexFile, state, maxLength }) => {
      const courseIndex = indexFile === 'course-index-v1.json' ? index : eight;
      const text = encodeSuspendData(state, courseIndex, maxLength);
      const decoded = decodeSuspendData(text, courseIndex);
      if (!decoded) throw new Error(`suspend data ${label} does not decode`);
      return { label, index: indexFile, length: text.length, text, state: decoded };
    });
    write('suspend-v1.json', suspend);
  });
});
