/**
 * Break 1 of issue 12: 9e15 passed the schema as a time, lies beyond the
 * JavaScript date range, and made formatDate throw on every page that showed it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDate, formatPercent } from '@/lib/i18n';
import { localDate } from '@/lib/local-date';
import { MAX_TIME, notAfter, QuizAnswer, time } from '@/store/schema';

describe('a stored moment', () => {
  it('must be a real date: no later than the last one a JavaScript date holds', () => {
    expect(time.safeParse(MAX_TIME).success).toBe(true);
    expect(Number.isNaN(new Date(MAX_TIME).getTime())).toBe(false);
    expect(time.safeParse(9e15).success).toBe(false);
    expect(time.safeParse(MAX_TIME + 1).success).toBe(false);
    expect(QuizAnswer.safeParse({ selected: [], correct: true, at: 9e15 }).success).toBe(false);
  });

  it('from outside this page may not lie beyond the bound it is read with', () => {
    const now = Date.UTC(2026, 10, 21);
    expect(notAfter(now, () => time.safeParse(now).success)).toBe(true);
    expect(notAfter(now, () => time.safeParse(now + 1).success)).toBe(false);
    // The bound holds only while the parse runs.
    expect(time.safeParse(now + 1).success).toBe(true);
  });
});

describe('the formatters', () => {
  it('never throw, whatever number they are given', () => {
    const anyNumber = fc.oneof(
      fc.double(),
      fc.integer(),
      fc.constantFrom(NaN, Infinity, -Infinity, 9e15, MAX_TIME, -MAX_TIME - 1, Number.MAX_VALUE),
    );
    fc.assert(
      fc.property(anyNumber, fc.constantFrom('sv' as const, 'en' as const), (n, language) => {
        expect(typeof formatDate(n, language)).toBe('string');
        expect(typeof formatPercent(n, language)).toBe('string');
        expect(localDate(n)).not.toMatch(/NaN/);
      }),
      { numRuns: 2000 },
    );
  });

  it('never throw on a day that is no date', () => {
    fc.assert(
      fc.property(fc.string(), (day) => {
        expect(typeof formatDate(day, 'sv')).toBe('string');
      }),
    );
  });

  it('show a dash for a moment or a share that is no value', () => {
    expect(formatDate(9e15, 'sv')).toBe('–');
    expect(formatPercent(NaN, 'sv')).toBe('–');
    expect(formatDate('2026-13-45', 'en')).toBe('2026-13-45');
    expect(formatDate(MAX_TIME, 'en')).toMatch(/275760/);
    expect(localDate(9e15)).toBe('');
  });
});
