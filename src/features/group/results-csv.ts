/**
 * The group's table as CSV rows for toCsv (src/lib/csv.ts): one row per
 * learner with the modules as columns (the default), or one row per learner
 * and module (the long format trainers had before). Identifiers and checks
 * are text cells, so a spreadsheet never turns them into numbers. Scores and
 * pass marks are in per cent.
 */
import { type CsvCell, textCell } from '@/lib/csv';
import {
  type LearnerRow,
  type LearnerStatus,
  type RowFlag,
  type Timeliness,
  timelinessOf,
} from './learner-rows';
import type { ModuleStatus } from './receipt-input';

export type WideColumn =
  | 'name'
  | 'identifier'
  | 'email'
  | 'status'
  | 'completed'
  | 'due'
  | 'timeliness'
  | 'flags'
  | 'madeOn'
  | 'check';

export type LongColumn =
  | 'name'
  | 'identifier'
  | 'assignment'
  | 'organisation'
  | 'assignmentId'
  | 'due'
  | 'completed'
  | 'timeliness'
  | 'module'
  | 'moduleStatus'
  | 'score'
  | 'passedOn'
  | 'passMark'
  | 'courseVersion'
  | 'check';

export interface ResultsCsvLabels {
  column: (column: WideColumn | LongColumn) => string;
  /** The header of a module's status or score column in the wide format. */
  moduleColumn: (title: string, part: 'status' | 'score') => string;
  moduleTitle: (id: string) => string;
  moduleStatus: Record<ModuleStatus, string>;
  status: Record<LearnerStatus, string>;
  timeliness: Record<Timeliness, string>;
  /** A flag in words; `row` names the receipt's name for a name that differs. */
  flag: (flag: RowFlag, row: LearnerRow) => string;
}

const WIDE_START: readonly WideColumn[] = ['name', 'identifier', 'email'];
const WIDE_END: readonly WideColumn[] = [
  'status',
  'completed',
  'due',
  'timeliness',
  'flags',
  'madeOn',
  'check',
];

const percent = (share: number | undefined) => (share === undefined ? null : share * 100);
const text = (value: string | undefined) => (value === undefined ? null : textCell(value));

/** One row per learner after a header row; `modules` are the assignment's, in order. */
export function wideCsvRows(
  rows: readonly LearnerRow[],
  modules: readonly string[],
  labels: ResultsCsvLabels,
): CsvCell[][] {
  const header: CsvCell[] = [
    ...WIDE_START.map(labels.column),
    ...modules.flatMap((id) => {
      const title = labels.moduleTitle(id);
      return [labels.moduleColumn(title, 'status'), labels.moduleColumn(title, 'score')];
    }),
    ...WIDE_END.map(labels.column),
  ];
  const lines = rows.map((row): CsvCell[] => {
    const cells = new Map(row.modules.map((c) => [c.id, c]));
    return [
      row.name,
      text(row.identifier),
      text(row.email),
      ...modules.flatMap((id): CsvCell[] => {
        const cell = cells.get(id);
        return cell ? [labels.moduleStatus[cell.status], percent(cell.score)] : [null, null];
      }),
      labels.status[row.status],
      row.completedOn,
      row.due,
      labels.timeliness[timelinessOf(row)],
      row.flags.map((f) => labels.flag(f, row)).join(' '),
      row.receipt?.receipt.madeOn,
      text(row.receipt?.check),
    ];
  });
  return [header, ...lines];
}

const LONG: readonly LongColumn[] = [
  'name',
  'identifier',
  'assignment',
  'organisation',
  'assignmentId',
  'due',
  'completed',
  'timeliness',
  'module',
  'moduleStatus',
  'score',
  'passedOn',
  'passMark',
  'courseVersion',
  'check',
];

/** One row per learner with a receipt and module, after a header row. */
export function longCsvRows(rows: readonly LearnerRow[], labels: ResultsCsvLabels): CsvCell[][] {
  const lines: CsvCell[][] = [LONG.map(labels.column)];
  for (const row of rows) {
    if (!row.receipt) continue;
    const { receipt, check } = row.receipt;
    const a = receipt.assignment;
    for (const cell of row.modules) {
      lines.push([
        row.name,
        text(row.identifier),
        a.title,
        a.organisation,
        textCell(a.id),
        row.due,
        row.completedOn,
        labels.timeliness[timelinessOf(row)],
        labels.moduleTitle(cell.id),
        labels.moduleStatus[cell.status],
        percent(cell.score),
        cell.passedOn,
        a.passMark * 100,
        receipt.courseVersion,
        textCell(check),
      ]);
    }
  }
  return lines;
}
