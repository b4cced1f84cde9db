/**
 * The one assignment schema (src/domain/assignment.ts) replaced a hand-written
 * validator. Its problems, field by field, are what the builder form shows,
 * so they must be what the hand-written one found, kept here as the oracle:
 * valid drafts have none, and every invalid one is refused for the same reason.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AssignmentDraft,
  isCleanText,
  isRealDate,
  isWebAddress,
  LIMITS,
  MAX_MODULES,
} from '@/domain/assignment';
import { type DraftProblem, validateDraft } from '@/features/assignment/assignment-draft';
import { Assignment } from '@/store/schema';
import { cleanText, realisticDraft, validDraft } from './arbitraries';

// --- the hand-written validator the schema replaced, word for word ----------------------

function handWrittenRealDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 2000 || year > 2199 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const isModuleId = (value: unknown) =>
  typeof value === 'string' && value.length <= 80 && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value);

function isWholePercentMark(passMark: unknown): passMark is number {
  if (typeof passMark !== 'number' || !Number.isFinite(passMark)) return false;
  const percent = Math.round(passMark * 100);
  return percent >= 50 && percent <= 100 && percent / 100 === passMark;
}

function textProblem(field: DraftProblem['field'], value: unknown, max: number, required: boolean) {
  if (typeof value !== 'string') return { field, kind: 'required' } as const;
  if (required && value === '') return { field, kind: 'required' } as const;
  if (value.length > max) return { field, kind: 'too-long' } as const;
  if (!isCleanText(value)) return { field, kind: 'characters' } as const;
  return null;
}

function oracle(draft: Record<string, unknown>): DraftProblem[] {
  const problems: DraftProblem[] = [];
  const add = (p: DraftProblem | null) => p && problems.push(p);
  add(textProblem('title', draft.title, LIMITS.title, true));
  add(textProblem('organisation', draft.organisation, LIMITS.organisation, false));
  add(textProblem('contact', draft.contact, LIMITS.contact, false));
  const modules = draft.modules;
  if (!Array.isArray(modules) || modules.length === 0) {
    add({ field: 'modules', kind: 'required' });
  } else if (modules.length > MAX_MODULES) {
    add({ field: 'modules', kind: 'too-many' });
  } else if (!modules.every(isModuleId)) {
    add({ field: 'modules', kind: 'unknown-module' });
  } else if (new Set(modules).size !== modules.length) {
    add({ field: 'modules', kind: 'duplicate-module' });
  }
  if (!isWholePercentMark(draft.passMark)) add({ field: 'passMark', kind: 'pass-mark' });
  if (
    draft.due !== undefined &&
    (typeof draft.due !== 'string' || !handWrittenRealDate(draft.due))
  ) {
    add({ field: 'due', kind: 'date' });
  }
  for (const field of ['policyUrl', 'reportingUrl'] as const) {
    const value = draft[field];
    if (value !== undefined && (typeof value !== 'string' || !isWebAddress(value))) {
      add({ field, kind: 'url' });
    }
  }
  return problems;
}

// --- values, valid and not ----------------------------------------------------------------

const anyText = fc.oneof(
  cleanText(0, 120),
  fc.string({ maxLength: 130 }),
  fc.string({ unit: 'binary', maxLength: 10 }),
  fc.constantFrom('', ' padded ', 'two\nlines', 'tab\there', '\uD800', 'x'.repeat(101)),
  fc.constantFrom(null, 42, undefined, ['x']),
);
const moduleId = fc.oneof(
  fc.stringMatching(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  fc.constantFrom('what-is-corruption', 'a--b', 'Upper', '-lead', 'x'.repeat(81), '', 7),
);
const anyModules = fc.oneof(
  fc.array(moduleId, { maxLength: 5 }),
  fc.array(fc.constantFrom('a', 'b', 'c', 'd'), { maxLength: 6 }),
  fc.array(fc.constantFrom('a', 'b', 'Bad'), { minLength: 49, maxLength: 53 }),
  fc.uniqueArray(fc.stringMatching(/^[a-z]{1,6}$/), { minLength: 49, maxLength: 53 }),
  fc.constantFrom(undefined, 'a', null),
);
const anyPassMark = fc.oneof(
  fc.integer({ min: 0, max: 120 }).map((p) => p / 100),
  fc.double(),
  fc.constantFrom(0.805, Number.NaN, Infinity, '0.8', null, undefined),
);
const anyDate = fc.oneof(
  fc.constant(undefined),
  fc
    .date({ min: new Date(Date.UTC(1990, 0, 1)), max: new Date(Date.UTC(2210, 0, 1)) })
    .map((d) => (Number.isNaN(d.getTime()) ? '' : d.toISOString().slice(0, 10))),
  fc.constantFrom('2026-02-30', '2028-02-29', '2027-02-29', '2026-1-1', '', 20261201),
);
const anyUrl = fc.oneof(
  fc.constant(undefined),
  fc.webUrl({ validSchemes: ['https', 'http', 'ftp'] }),
  fc.constantFrom(
    'javascript:alert(1)',
    'https://',
    'https://example.se/a b',
    `https://example.se/${'x'.repeat(190)}`,
    'data:text/html,hi',
    '',
    5,
  ),
);
const anyDraft = fc.record({
  title: anyText,
  organisation: anyText,
  contact: anyText,
  modules: anyModules,
  passMark: anyPassMark,
  due: anyDate,
  policyUrl: anyUrl,
  reportingUrl: anyUrl,
});

describe('the assignment schema', () => {
  it('finds no problem in a valid draft, and keeps it as it was', () => {
    fc.assert(
      fc.property(validDraft, (draft) => {
        expect(validateDraft(draft)).toEqual([]);
        const parsed = AssignmentDraft.parse(draft);
        expect(parsed).toStrictEqual({ ...draft });
        const stored = { id: 'link-AbC_12-', ...draft, acceptedAt: 1763800000000 };
        expect(Assignment.parse(stored)).toStrictEqual(stored);
      }),
      { numRuns: 300 },
    );
  });

  it('finds, field by field, the problems the hand-written rules found', () => {
    fc.assert(
      fc.property(anyDraft, (draft) => {
        const expected = oracle(draft);
        expect(validateDraft(draft as AssignmentDraft)).toEqual(expected);
        expect(AssignmentDraft.safeParse(draft).success).toBe(expected.length === 0);
      }),
      { numRuns: 2000 },
    );
  });

  it('finds a date real exactly when the hand-written rule did', () => {
    const digits = (n: number) =>
      fc.integer({ min: 0, max: 10 ** n - 1 }).map((v) => String(v).padStart(n, '0'));
    const near = fc.tuple(fc.integer({ min: 1995, max: 2205 }), digits(2), digits(2));
    fc.assert(
      fc.property(
        fc.oneof(
          near.map(([y, m, d]) => `${y}-${m}-${d}`),
          fc.tuple(digits(4), digits(2), digits(2)).map((parts) => parts.join('-')),
          fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
          fc.string({ maxLength: 12 }),
          fc.constantFrom('2026-02-30T00:00', ' 2026-01-01', '+02026-01-01', '2026-1-01'),
        ),
        (value) => {
          expect(isRealDate(value), value).toBe(handWrittenRealDate(value));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('names the problem of each field the form shows a message for', () => {
    const cases: [Partial<Record<keyof AssignmentDraft, unknown>>, DraftProblem][] = [
      [{ title: '' }, { field: 'title', kind: 'required' }],
      [{ title: 'x'.repeat(101) }, { field: 'title', kind: 'too-long' }],
      [{ title: ' x'.repeat(60) }, { field: 'title', kind: 'too-long' }],
      [{ organisation: 'a\u0085b' }, { field: 'organisation', kind: 'characters' }],
      [{ contact: 3 }, { field: 'contact', kind: 'required' }],
      [{ modules: [] }, { field: 'modules', kind: 'required' }],
      [{ modules: Array(51).fill('No') }, { field: 'modules', kind: 'too-many' }],
      [{ modules: ['a', 'No'] }, { field: 'modules', kind: 'unknown-module' }],
      [{ modules: ['a', 'a'] }, { field: 'modules', kind: 'duplicate-module' }],
      [{ passMark: 0.49 }, { field: 'passMark', kind: 'pass-mark' }],
      [{ due: '2027-02-29' }, { field: 'due', kind: 'date' }],
      [{ policyUrl: 'ftp://example.se' }, { field: 'policyUrl', kind: 'url' }],
      [{ identifiedBy: 'name' }, { field: 'identifiedBy', kind: 'identified-by' }],
    ];
    for (const [change, problem] of cases) {
      expect(validateDraft({ ...realisticDraft, ...change } as AssignmentDraft)).toEqual([problem]);
    }
  });
});
