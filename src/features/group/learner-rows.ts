/**
 * The group's table: one row per learner, from the roster and the kept
 * receipts. Receipts are matched to the roster by identifier when they carry
 * one, and by name otherwise (old links ask for no identifier), so two
 * people with the same name stay two rows and a misspelt name with the right
 * identifier is one. Pure functions.
 */
import { reachesPassMark } from '@/domain/attempts';
import type { CheckedReceipt, ModuleStatus, ReceiptInput } from './receipt-input';
import type { RosterEntry } from './roster-parse';

export type LearnerStatus = 'complete' | 'started' | 'not-started' | 'no-receipt';

/**
 * What the trainer should look at: a module marked passed with a score below
 * the pass mark, a module the course does not have, a receipt from someone
 * not in the roster, a name other than the roster's.
 */
export type RowFlag = 'below-pass-mark' | 'unknown-module' | 'not-in-roster' | 'name-differs';

/** Flags that mean the receipt cannot be taken as done. */
const DOUBTFUL: readonly RowFlag[] = ['below-pass-mark', 'unknown-module'];

export interface ModuleCell {
  id: string;
  status: ModuleStatus;
  score?: number;
  passedOn?: string;
  /** Marked passed, with a score below the pass mark. */
  belowPassMark: boolean;
}

export interface LearnerRow {
  key: string;
  /** The roster's name, or the receipt's for a learner not in the roster. */
  name: string;
  identifier?: string;
  email?: string;
  inRoster: boolean;
  /** The receipt's name, when it is not the roster's. */
  receiptName?: string;
  /** The receipt shown: the newest of the learner's. */
  receipt?: CheckedReceipt;
  /** The learner's other receipts, older or the same, not shown. */
  older: number;
  /** One cell per module of the assignment, in its order; empty without a receipt. */
  modules: ModuleCell[];
  status: LearnerStatus;
  completedOn?: string;
  /** The due date the row is measured against, YYYY-MM-DD. */
  due?: string;
  /** Done after the due date, or not done and the due date has passed. */
  late: boolean;
  flags: RowFlag[];
}

export interface LearnerRowsInput {
  roster: readonly RosterEntry[];
  receipts: readonly CheckedReceipt[];
  /** The assignment's module ids, in order: the table's columns. */
  modules: readonly string[];
  /** The ids of every module the course has. */
  knownModules: ReadonlySet<string>;
  /** The assignment's due date, YYYY-MM-DD; else the receipts' own. */
  due?: string;
  /** Today, YYYY-MM-DD, for "late" on a learner not done. */
  today: string;
}

/** A name with case, outer and doubled spaces ignored. */
export const nameKey = (name: string) =>
  name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('sv');

const passedCount = (r: ReceiptInput) => r.modules.filter((m) => m.status === 'passed').length;

/** Of two receipts of one learner, the one to show: the newer, then the one with more passed, then by check. */
export function newerReceipt(a: CheckedReceipt, b: CheckedReceipt): CheckedReceipt {
  if (a.receipt.madeOn !== b.receipt.madeOn) return a.receipt.madeOn > b.receipt.madeOn ? a : b;
  const passed = passedCount(a.receipt) - passedCount(b.receipt);
  if (passed !== 0) return passed > 0 ? a : b;
  return a.check >= b.check ? a : b;
}

/** Where each receipt belongs: the index of its roster entry, or a key of its own. */
function matcher(roster: readonly RosterEntry[]) {
  const byIdentifier = new Map<string, number>();
  const byName = new Map<string, number[]>();
  roster.forEach((entry, index) => {
    if (entry.identifier !== undefined) byIdentifier.set(entry.identifier, index);
    const list = byName.get(nameKey(entry.name)) ?? [];
    list.push(index);
    byName.set(nameKey(entry.name), list);
  });
  return (receipt: ReceiptInput): number | string => {
    const named = byName.get(nameKey(receipt.name)) ?? [];
    if (receipt.learnerId !== undefined) {
      const index = byIdentifier.get(receipt.learnerId);
      if (index !== undefined) return index;
      // A roster without identifiers still takes the receipt by name.
      const bare = named.find((i) => roster[i]!.identifier === undefined);
      return bare ?? `id:${receipt.learnerId}`;
    }
    return named[0] ?? `name:${nameKey(receipt.name)}`;
  };
}

function cellsOf(receipt: ReceiptInput, modules: readonly string[]): ModuleCell[] {
  const byId = new Map(receipt.modules.map((m) => [m.id, m]));
  return modules.map((id) => {
    const m = byId.get(id);
    if (!m) return { id, status: 'not-started', belowPassMark: false };
    const cell: ModuleCell = {
      id,
      status: m.status,
      belowPassMark:
        m.status === 'passed' &&
        m.score !== undefined &&
        !reachesPassMark(m.score, receipt.assignment.passMark),
    };
    if (m.score !== undefined) cell.score = m.score;
    if (m.passedOn !== undefined) cell.passedOn = m.passedOn;
    return cell;
  });
}

function statusOf(receipt: ReceiptInput, cells: readonly ModuleCell[]): LearnerStatus {
  if (receipt.completedOn !== undefined && cells.every((c) => c.status === 'passed')) {
    return 'complete';
  }
  return receipt.modules.some((m) => m.status !== 'not-started') ? 'started' : 'not-started';
}

function row(
  key: string,
  person: { name: string; identifier?: string; email?: string; inRoster: boolean },
  found: { best: CheckedReceipt; count: number } | undefined,
  input: LearnerRowsInput,
): LearnerRow {
  const result: LearnerRow = {
    key,
    ...person,
    older: found ? found.count - 1 : 0,
    modules: [],
    status: 'no-receipt',
    late: false,
    flags: person.inRoster || input.roster.length === 0 ? [] : ['not-in-roster'],
  };
  const due = input.due ?? found?.best.receipt.assignment.due;
  if (due !== undefined) result.due = due;
  if (!found) {
    result.late = due !== undefined && input.today > due;
    return result;
  }
  const { receipt } = found.best;
  result.receipt = found.best;
  result.modules = cellsOf(receipt, input.modules);
  result.status = statusOf(receipt, result.modules);
  if (result.status === 'complete') result.completedOn = receipt.completedOn!;
  result.late =
    due !== undefined &&
    (result.completedOn === undefined ? input.today > due : result.completedOn > due);
  if (result.modules.some((c) => c.belowPassMark)) result.flags.push('below-pass-mark');
  if (receipt.modules.some((m) => !input.knownModules.has(m.id))) {
    result.flags.push('unknown-module');
  }
  if (person.inRoster && nameKey(receipt.name) !== nameKey(person.name)) {
    result.flags.push('name-differs');
    result.receiptName = receipt.name;
  }
  return result;
}

/**
 * One row per learner: each roster entry in the roster's order, with its
 * newest receipt if any, then each learner who sent a receipt but is not in
 * the roster, by name.
 */
export function learnerRows(input: LearnerRowsInput): LearnerRow[] {
  const match = matcher(input.roster);
  const found = new Map<number | string, { best: CheckedReceipt; count: number }>();
  for (const item of input.receipts) {
    const key = match(item.receipt);
    const seen = found.get(key);
    found.set(
      key,
      seen
        ? { best: newerReceipt(seen.best, item), count: seen.count + 1 }
        : { best: item, count: 1 },
    );
  }
  const rows = input.roster.map((entry, index) =>
    row(`roster:${index}`, { ...entry, inRoster: true }, found.get(index), input),
  );
  const others = [...found]
    .filter(([key]) => typeof key === 'string')
    .map(([key, item]) => {
      const person: { name: string; identifier?: string; inRoster: boolean } = {
        name: item.best.receipt.name,
        inRoster: false,
      };
      if (item.best.receipt.learnerId !== undefined)
        person.identifier = item.best.receipt.learnerId;
      return row(String(key), person, item, input);
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'sv') || (a.key < b.key ? -1 : 1));
  return [...rows, ...others];
}

/** Whether the learner is done: every module passed, and nothing about the receipt in doubt. */
export const isDone = (row: LearnerRow) =>
  row.status === 'complete' && !row.flags.some((f) => DOUBTFUL.includes(f));

/** Whether the row may be shown as "✓ I tid": done, not late. */
export const isOnTime = (row: LearnerRow) => isDone(row) && !row.late;

/**
 * The row's "in time" column: on time, late, done without a due date, done
 * but with a receipt in doubt (never "on time"), or not done and not late yet.
 */
export type Timeliness = 'on-time' | 'late' | 'no-due' | 'check' | 'open';

export function timelinessOf(row: LearnerRow): Timeliness {
  if (row.status === 'complete' && !isDone(row)) return 'check';
  if (row.late) return 'late';
  if (!isDone(row)) return 'open';
  return row.due === undefined ? 'no-due' : 'on-time';
}

export interface GroupCounts {
  /** Learners done ("18" of "18 av 25 klara"). */
  done: number;
  /** The roster's size, or the number of rows when there is no roster. */
  of: number;
  /** Roster entries with no receipt. */
  missing: LearnerRow[];
  /** Receipts from learners not in the roster (none without a roster). */
  notInRoster: number;
}

/** The counts over the table: "x av N klara", who is missing, who is not in the roster. */
export function groupCounts(rows: readonly LearnerRow[]): GroupCounts {
  const inRoster = rows.filter((r) => r.inRoster);
  const counted = inRoster.length > 0 ? inRoster : rows;
  return {
    done: counted.filter(isDone).length,
    of: counted.length,
    missing: inRoster.filter((r) => r.status === 'no-receipt'),
    notInRoster: inRoster.length > 0 ? rows.length - inRoster.length : 0,
  };
}

/** The rows whose name (either the roster's or the receipt's), identifier or e-mail holds `query`. */
export function searchRows(rows: readonly LearnerRow[], query: string): LearnerRow[] {
  const wanted = nameKey(query);
  if (wanted === '') return [...rows];
  return rows.filter((r) =>
    [r.name, r.receiptName, r.identifier, r.email].some(
      (text) => text !== undefined && nameKey(text).includes(wanted),
    ),
  );
}
