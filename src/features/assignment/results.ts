/**
 * The trainer's table of imported receipts: duplicates merged, on time or
 * late, sorted and filtered, and as CSV rows. Pure functions.
 */
import type { CsvCell } from './csv';
import { isAfterDue, type Receipt } from './receipt';

/** `unfinished`: a receipt of part of the assignment, with a module not yet passed. */
export type Timeliness = 'on-time' | 'late' | 'no-due' | 'unfinished';

export interface ResultRow {
  /** One learner on one assignment. */
  key: string;
  receipt: Receipt;
  check: string;
  timeliness: Timeliness;
}

export type SortBy = 'name' | 'date';

export interface RowFilter {
  assignment: string | 'all';
  timeliness: Timeliness | 'all';
}

/** The same learner (name with case and spacing ignored) on the same assignment. */
export function rowKey(receipt: Receipt): string {
  const name = receipt.name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('sv');
  return `${receipt.assignment.id}\n${name}`;
}

export function timeliness(receipt: Receipt): Timeliness {
  if (receipt.completedOn === undefined) return 'unfinished';
  if (!receipt.assignment.due) return 'no-due';
  return isAfterDue(receipt.assignment.due, receipt.completedOn) ? 'late' : 'on-time';
}

const total = (r: Receipt) => r.modules.reduce((sum, m) => sum + (m.score ?? 0), 0);
const passedCount = (r: Receipt) => r.modules.filter((m) => m.status === 'passed').length;

/** The day a receipt is sorted by: when all was passed, or else when it was made. */
const dayOf = (r: Receipt) => r.completedOn ?? r.madeOn;

/**
 * Of two receipts for the same learner and assignment, the one to keep: the one with more
 * modules passed, then the newer, then the better, then by check.
 */
function preferred(a: ResultRow, b: ResultRow): ResultRow {
  if (passedCount(a.receipt) !== passedCount(b.receipt)) {
    return passedCount(a.receipt) > passedCount(b.receipt) ? a : b;
  }
  if (dayOf(a.receipt) !== dayOf(b.receipt)) {
    return dayOf(a.receipt) > dayOf(b.receipt) ? a : b;
  }
  if (total(a.receipt) !== total(b.receipt)) return total(a.receipt) > total(b.receipt) ? a : b;
  return a.check >= b.check ? a : b;
}

/**
 * Adds receipts to the rows. A receipt for a learner and assignment already
 * there is merged into one row (counted in `merged`); the rest are `added`.
 */
export function addReceipts(
  rows: readonly ResultRow[],
  incoming: readonly { receipt: Receipt; check: string }[],
): { rows: ResultRow[]; added: number; merged: number } {
  const byKey = new Map(rows.map((row) => [row.key, row]));
  let added = 0;
  let merged = 0;
  for (const { receipt, check } of incoming) {
    const row: ResultRow = {
      key: rowKey(receipt),
      receipt,
      check,
      timeliness: timeliness(receipt),
    };
    const seen = byKey.get(row.key);
    if (seen) merged++;
    else added++;
    byKey.set(row.key, seen ? preferred(seen, row) : row);
  }
  return { rows: [...byKey.values()], added, merged };
}

/** The rows that pass the filter, sorted by name (then date) or by completion date (then name). */
export function visibleRows(
  rows: readonly ResultRow[],
  filter: RowFilter,
  sortBy: SortBy,
  locale: string,
): ResultRow[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base' });
  const byName = (a: ResultRow, b: ResultRow) => collator.compare(a.receipt.name, b.receipt.name);
  const byDate = (a: ResultRow, b: ResultRow) =>
    dayOf(a.receipt) < dayOf(b.receipt) ? -1 : dayOf(a.receipt) > dayOf(b.receipt) ? 1 : 0;
  return rows
    .filter((r) => filter.assignment === 'all' || r.receipt.assignment.id === filter.assignment)
    .filter((r) => filter.timeliness === 'all' || r.timeliness === filter.timeliness)
    .sort((a, b) =>
      sortBy === 'name'
        ? byName(a, b) || byDate(a, b) || (a.key < b.key ? -1 : 1)
        : byDate(a, b) || byName(a, b) || (a.key < b.key ? -1 : 1),
    );
}

/** The assignments among the rows, by title, for the filter. */
export function assignmentsOf(rows: readonly ResultRow[]): { id: string; title: string }[] {
  const byId = new Map(rows.map((r) => [r.receipt.assignment.id, r.receipt.assignment.title]));
  return [...byId]
    .map(([id, title]) => ({ id, title }))
    .sort((a, b) => a.title.localeCompare(b.title));
}

export interface CsvLabels {
  columns: string[];
  timeliness: Record<Timeliness, string>;
  moduleTitle: (id: string) => string;
}

/**
 * One line per learner and module, after a header line; scores and pass marks in per cent. A
 * module not passed has no date, and no score until it has been tried.
 */
export function csvRows(rows: readonly ResultRow[], labels: CsvLabels): CsvCell[][] {
  const lines: CsvCell[][] = [labels.columns];
  for (const { receipt, check, timeliness: when } of rows) {
    const a = receipt.assignment;
    for (const m of receipt.modules) {
      lines.push([
        receipt.name,
        a.title,
        a.organisation,
        a.id,
        a.due ?? '',
        receipt.completedOn ?? '',
        labels.timeliness[when],
        labels.moduleTitle(m.id),
        m.score === undefined ? '' : m.score * 100,
        m.passedOn ?? '',
        a.passMark * 100,
        receipt.courseVersion,
        check,
      ]);
    }
  }
  return lines;
}
