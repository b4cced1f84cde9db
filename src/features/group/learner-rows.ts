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
import { rosterKey } from './trainer-merge';
import type { Pairing } from './trainer-schema';

export type LearnerStatus = 'complete' | 'started' | 'not-started' | 'no-receipt';

/**
 * What the trainer should look at: a module marked passed with a score below
 * the pass mark, a module the course does not have, a receipt from someone
 * not in the roster, a name other than the roster's, a receipt the trainer paired with the row.
 */
export type RowFlag =
  'below-pass-mark' | 'unknown-module' | 'not-in-roster' | 'name-differs' | 'paired';

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
  /** The roster entry's `rosterKey`, for a row of the roster: what a pairing names. */
  entryKey?: string;
  /** Who the receipt says it is from (`receiptKey`): for a pairing to be made or taken back. */
  receiptKey?: string;
  /** The receipt's own identifier, when the trainer paired it with this roster entry. */
  pairedIdentifier?: string;
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
  /** The trainer's pairings of receipts with roster entries. */
  pairings?: readonly Pairing[];
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

/**
 * Who a receipt says it is from, when it matches no roster entry by itself: its identifier, or its
 * name when it has none. The key of its row, and what a pairing names.
 */
export const receiptKey = (receipt: ReceiptInput) =>
  receipt.learnerId !== undefined ? `id:${receipt.learnerId}` : `name:${nameKey(receipt.name)}`;

/**
 * Where each receipt belongs: the index of its roster entry, or its own key. A receipt that
 * matches no entry goes where the trainer paired it, if they did.
 */
function matcher(roster: readonly RosterEntry[], pairings: readonly Pairing[]) {
  const byIdentifier = new Map<string, number>();
  const byName = new Map<string, number[]>();
  const byKey = new Map<string, number>();
  roster.forEach((entry, index) => {
    if (entry.identifier !== undefined) byIdentifier.set(entry.identifier, index);
    const list = byName.get(nameKey(entry.name)) ?? [];
    list.push(index);
    byName.set(nameKey(entry.name), list);
    byKey.set(rosterKey(entry), index);
  });
  const paired = new Map(
    pairings.flatMap((p) => {
      const index = byKey.get(p.entry);
      return index === undefined ? [] : [[p.receipt, index] as const];
    }),
  );
  const own = (receipt: ReceiptInput): number | string => {
    const named = byName.get(nameKey(receipt.name)) ?? [];
    if (receipt.learnerId !== undefined) {
      const index = byIdentifier.get(receipt.learnerId);
      if (index !== undefined) return index;
      // A roster without identifiers still takes the receipt by name.
      const bare = named.find((i) => roster[i]!.identifier === undefined);
      return bare ?? receiptKey(receipt);
    }
    return named[0] ?? receiptKey(receipt);
  };
  return (receipt: ReceiptInput): { at: number | string; paired: boolean } => {
    const at = own(receipt);
    const index = typeof at === 'string' ? paired.get(at) : undefined;
    return index === undefined ? { at, paired: false } : { at: index, paired: true };
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

/** The receipts of one row: the one shown, how many, and whether it came by a pairing. */
interface Found {
  best: CheckedReceipt;
  count: number;
  paired: boolean;
}

function row(
  key: string,
  person: { name: string; identifier?: string; email?: string; inRoster: boolean },
  found: Found | undefined,
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
  result.receiptKey = receiptKey(receipt);
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
  if (found.paired) {
    result.flags.push('paired');
    result.pairedIdentifier = receipt.learnerId ?? receipt.name;
  }
  return result;
}

/**
 * One row per learner: each roster entry in the roster's order, with its
 * newest receipt if any, then each learner who sent a receipt but is not in
 * the roster, by name.
 */
export function learnerRows(input: LearnerRowsInput): LearnerRow[] {
  const match = matcher(input.roster, input.pairings ?? []);
  const found = new Map<number | string, Found>();
  for (const item of input.receipts) {
    const { at, paired } = match(item.receipt);
    const seen = found.get(at);
    if (!seen) {
      found.set(at, { best: item, count: 1, paired });
      continue;
    }
    const best = newerReceipt(seen.best, item);
    // The row says "paired" when the receipt it shows came by a pairing.
    found.set(at, {
      best,
      count: seen.count + 1,
      paired: best === item ? paired : seen.paired,
    });
  }
  const rows = input.roster.map((entry, index) => ({
    ...row(`roster:${index}`, { ...entry, inRoster: true }, found.get(index), input),
    entryKey: rosterKey(entry),
  }));
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

/**
 * The rows a trainer can pair or take a pairing back from: receipts from someone not on the
 * roster, and roster rows whose receipt came by a pairing.
 */
export function pairingRows(rows: readonly LearnerRow[]) {
  return {
    outside: rows.filter((row) => !row.inRoster && row.receiptKey !== undefined),
    paired: rows.filter((row) => row.flags.includes('paired')),
  };
}

/** What a flag's text names: the receipt's own name, or the identifier of a paired receipt. */
export function flagDetail(row: LearnerRow, flag: RowFlag): string {
  if (flag === 'name-differs') return row.receiptName ?? '';
  if (flag === 'paired') return row.pairedIdentifier ?? '';
  return '';
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
