import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IDENTIFIER_KINDS, type IdentifierKind, isIdentifier } from '@/domain/identifier';
import { rosterToCsv } from '@/features/group/roster-csv';
import { parseRoster, type RosterEntry } from '@/features/group/roster-parse';

const labels = { name: 'Namn', email: 'E-post', employeeNumber: 'Anställningsnummer' };

/** A name as a person types it: words of any letters and signs, one space between. */
const name = fc
  .array(
    fc
      .string({ unit: 'grapheme', minLength: 1, maxLength: 12 })
      .map((s) => s.replace(/[\s\p{Cc}\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/gu, ''))
      .filter((s) => s !== '' && s === s.normalize('NFC') && !s.includes('@')),
    { minLength: 1, maxLength: 3 },
  )
  .map((words) => words.join(' '))
  .filter((n) => !/^'[=+\-@]/.test(n) && !/^="/.test(n));

const email = fc
  .emailAddress()
  .map((e) => e.toLowerCase())
  .filter((e) => isIdentifier('email', e));
const number = fc.stringMatching(/^[A-Z0-9](?:[A-Z0-9-]{0,10}[A-Z0-9])?$/);

const roster = (kind: IdentifierKind | undefined): fc.Arbitrary<RosterEntry[]> =>
  fc
    .array(
      fc.record({ name, email, number }).map(({ name, email, number }): RosterEntry => {
        if (kind === 'email') return { name, email, identifier: email };
        if (kind === 'employee-number') return { name, email, identifier: number };
        return { name, email };
      }),
      { minLength: 1, maxLength: 20 },
    )
    .map((entries) => {
      const seen = new Set<string>();
      return entries.filter((e) => {
        const key = e.identifier ?? e.name.toLocaleLowerCase('sv');
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      });
    });

describe('a roster through CSV and back', () => {
  for (const kind of [...IDENTIFIER_KINDS, undefined]) {
    it(`gives the same roster (${kind ?? 'no identifier'})`, () => {
      fc.assert(
        fc.property(roster(kind), (entries) => {
          const read = parseRoster(rosterToCsv(entries, kind, labels), kind);
          expect(read.problems).toEqual([]);
          expect(read.entries).toEqual(entries);
        }),
      );
    });
  }
});
