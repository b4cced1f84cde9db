/**
 * A group's roster from pasted text or a CSV/TSV file from HR or Excel:
 * names, e-mail addresses and employee numbers, with or without a header
 * row (Swedish or English). Without a header the columns are guessed: the
 * one with "@" is the e-mail, the one of numbers the employee number, the
 * first other one the name. Every problem names its line.
 */
import { type IdentifierKind, isIdentifier, normaliseIdentifier } from '@/domain/identifier';
import { withoutHiddenCharacters } from '@/lib/plain-text';
import { type DelimitedRecord, parseDelimited } from './delimited-text';

/** One learner of a group, as the trainer's store keeps it (contract, version 1). */
export interface RosterEntry {
  name: string;
  /** The assignment's identifier of the learner, normalised. */
  identifier?: string;
  /** Where a reminder goes, normalised. */
  email?: string;
}

export type RosterColumn = 'name' | 'firstName' | 'lastName' | 'email' | 'employeeNumber';

export type RosterProblemReason =
  | 'no-name'
  | 'long-name'
  | 'no-identifier'
  | 'bad-identifier'
  | 'bad-email'
  | 'duplicate'
  | 'too-many';

export interface RosterProblem {
  line: number;
  reason: RosterProblemReason;
  /** What the line says, shortened, so the trainer can find it. */
  text: string;
  /** For a duplicate: the line where the learner first stood. */
  firstLine?: number;
}

export interface RosterRead {
  entries: RosterEntry[];
  problems: RosterProblem[];
  /** Whether the first row was a header. */
  header: boolean;
  /** Which column held what (0-based), as found in the header or guessed. */
  columns: Partial<Record<RosterColumn, number>>;
}

/** The most learners one roster holds, and the longest name (as long as a receipt's may be). */
export const MAX_ROSTER = 2000;
export const MAX_NAME = 120;
const QUOTED_CHARS = 40;

/** Header words, with case, spaces, hyphens and dots removed. */
const HEADER_WORDS: Record<RosterColumn, readonly string[]> = {
  name: ['namn', 'name', 'fullständigtnamn', 'fullname', 'deltagare', 'participant', 'learner'],
  firstName: ['förnamn', 'firstname', 'givenname', 'tilltalsnamn'],
  lastName: ['efternamn', 'lastname', 'surname', 'familyname'],
  email: [
    'epost',
    'epostadress',
    'email',
    'emailaddress',
    'mail',
    'mailadress',
    'mejl',
    'mejladress',
  ],
  employeeNumber: [
    'anställningsnummer',
    'anstnr',
    'anställningsnr',
    'personalnummer',
    'employeenumber',
    'employeeno',
    'employeeid',
    'id',
    'nummer',
    'number',
  ],
};

const headerKey = (cell: string) => cell.toLocaleLowerCase('sv').replace(/[^\p{L}\p{N}]+/gu, '');

function headerColumns(fields: readonly string[]): RosterRead['columns'] | null {
  const columns: RosterRead['columns'] = {};
  fields.forEach((field, index) => {
    const key = headerKey(field);
    const column = (Object.keys(HEADER_WORDS) as RosterColumn[]).find((c) =>
      HEADER_WORDS[c].includes(key),
    );
    if (column && columns[column] === undefined) columns[column] = index;
  });
  return Object.keys(columns).length > 0 && !fields.some((f) => f.includes('@')) ? columns : null;
}

const EMPLOYEE_LIKE = /^[A-Za-z]{0,4}[\s-]?\d[\d\s-]*$/;

/** The columns of a roster without a header, from what their cells look like. */
function guessColumns(records: readonly DelimitedRecord[]): RosterRead['columns'] {
  const width = Math.max(...records.map((r) => r.fields.length));
  const share = (index: number, test: (cell: string) => boolean) => {
    const cells = records.map((r) => cellText(r.fields[index])).filter((c) => c !== '');
    return cells.length === 0 ? 0 : cells.filter(test).length / cells.length;
  };
  const columns: RosterRead['columns'] = {};
  const taken = new Set<number>();
  const pick = (column: RosterColumn, test: (cell: string) => boolean) => {
    let best = -1;
    let bestShare = 0.5;
    for (let i = 0; i < width; i++) {
      const s = taken.has(i) ? 0 : share(i, test);
      if (s > bestShare) [best, bestShare] = [i, s];
    }
    if (best >= 0) {
      columns[column] = best;
      taken.add(best);
    }
  };
  pick('email', (c) => c.includes('@'));
  pick('employeeNumber', (c) => EMPLOYEE_LIKE.test(c));
  pick('name', (c) => /\p{L}/u.test(c));
  return columns;
}

/**
 * A cell as the person meant it: without hidden characters and outer or
 * doubled spaces, an Excel text formula `="…"` unwrapped, and the apostrophe
 * that kept a text from running as a formula removed.
 */
function cellText(raw: string | undefined): string {
  if (raw === undefined) return '';
  let text = withoutHiddenCharacters(raw.normalize('NFC')).trim();
  const formula = /^="((?:[^"]|"")*)"$/.exec(text);
  if (formula) text = formula[1]!.replace(/""/g, '"').trim();
  else if (/^'[=+\-@]/.test(text)) text = text.slice(1);
  return text.replace(/\s+/g, ' ');
}

const quote = (record: DelimitedRecord) => {
  const text = record.fields.map(cellText).filter(Boolean).join(' ');
  return text.length > QUOTED_CHARS ? `${text.slice(0, QUOTED_CHARS)}…` : text;
};

/**
 * The roster in `text`. `kind` is the assignment's identifier: each entry's
 * `identifier` is read from that column, normalised; without a kind (an
 * assignment that asks for none) entries are told apart by name. A line
 * without a name, without a valid identifier, or with the identifier of an
 * earlier line is a problem; the others are read.
 */
export function parseRoster(text: string, kind?: IdentifierKind): RosterRead {
  const records = parseDelimited(text);
  const problems: RosterProblem[] = [];
  if (records.length === 0) return { entries: [], problems, header: false, columns: {} };

  const fromHeader = headerColumns(records[0]!.fields.map(cellText));
  const columns = fromHeader ?? guessColumns(records);
  const rows = fromHeader ? records.slice(1) : records;

  const entries: RosterEntry[] = [];
  const firstLineOf = new Map<string, number>();
  for (const record of rows) {
    const cell = (column: RosterColumn) => {
      const index = columns[column];
      return index === undefined ? '' : cellText(record.fields[index]);
    };
    const problem = (reason: RosterProblemReason, firstLine?: number) => {
      const p: RosterProblem = { line: record.line, reason, text: quote(record) };
      if (firstLine !== undefined) p.firstLine = firstLine;
      problems.push(p);
    };
    if (entries.length >= MAX_ROSTER) {
      problem('too-many');
      break;
    }

    const name = cell('name') || [cell('firstName'), cell('lastName')].filter(Boolean).join(' ');
    if (name === '' || name.length > MAX_NAME) {
      problem(name === '' ? 'no-name' : 'long-name');
      continue;
    }
    const entry: RosterEntry = { name };
    const email = cell('email');
    if (email !== '') {
      if (isIdentifier('email', email)) entry.email = normaliseIdentifier('email', email);
      else if (kind !== 'email') problem('bad-email');
    }
    if (kind !== undefined) {
      const value = kind === 'email' ? email : cell('employeeNumber');
      if (value === '') {
        problem('no-identifier');
        continue;
      }
      if (!isIdentifier(kind, value)) {
        problem('bad-identifier');
        continue;
      }
      entry.identifier = normaliseIdentifier(kind, value);
    }
    const key = entry.identifier ?? `name:${name.toLocaleLowerCase('sv')}`;
    const seen = firstLineOf.get(key);
    if (seen !== undefined) {
      problem('duplicate', seen);
      continue;
    }
    firstLineOf.set(key, record.line);
    entries.push(entry);
  }
  return { entries, problems, header: fromHeader !== null, columns };
}
