import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_VOTES, parseVoteCount } from '@/features/trainer/vote-count';

describe('a typed vote count', () => {
  it('reads every whole number from 0 to the maximum, with spaces around it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: MAX_VOTES }),
        fc.constantFrom('', ' ', '\t'),
        (n, pad) => {
          expect(parseVoteCount(`${pad}${n}${pad}`)).toEqual({ ok: true, count: n });
        },
      ),
    );
  });

  it('takes an empty box as 0', () => {
    expect(parseVoteCount('')).toEqual({ ok: true, count: 0 });
    expect(parseVoteCount('   ')).toEqual({ ok: true, count: 0 });
  });

  it('refuses what Number() would read as a number but is not a whole count', () => {
    for (const text of [
      '1e3',
      '2.5',
      '-1',
      '+3',
      '0x10',
      '1,5',
      '١٢',
      'Infinity',
      '3 4',
      '100000',
    ]) {
      expect(parseVoteCount(text), text).toEqual({ ok: false });
    }
  });

  it('refuses any text with a character that is not a digit', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 8 }).filter((s) => /[^0-9\s]/.test(s)),
        (text) => {
          expect(parseVoteCount(text)).toEqual({ ok: false });
        },
      ),
    );
  });

  it('never gives a count that is not a whole number of 0 or more', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 10 }), (text) => {
        const parsed = parseVoteCount(text);
        if (parsed.ok) {
          expect(Number.isSafeInteger(parsed.count)).toBe(true);
          expect(parsed.count).toBeGreaterThanOrEqual(0);
          expect(parsed.count).toBeLessThanOrEqual(MAX_VOTES);
        }
      }),
    );
  });
});
