/**
 * A roster as a CSV file for Excel: a header row, then one learner a row.
 * parseRoster reads it back unchanged.
 */
import type { IdentifierKind } from '@/domain/identifier';
import { type CsvCell, textCell, toCsv } from '@/lib/csv';
import type { RosterEntry } from './roster-parse';

export interface RosterCsvLabels {
  name: string;
  email: string;
  employeeNumber: string;
}

/** The roster's CSV text; the employee number is a column only when the assignment asks for it. */
export function rosterToCsv(
  entries: readonly RosterEntry[],
  kind: IdentifierKind | undefined,
  labels: RosterCsvLabels,
): string {
  const numbered = kind === 'employee-number';
  const header: CsvCell[] = [labels.name, labels.email];
  if (numbered) header.push(labels.employeeNumber);
  const rows = entries.map((entry) => {
    const email = entry.email ?? (kind === 'email' ? entry.identifier : undefined);
    const row: CsvCell[] = [entry.name, email === undefined ? '' : textCell(email)];
    if (numbered) row.push(entry.identifier === undefined ? '' : textCell(entry.identifier));
    return row;
  });
  return toCsv([header, ...rows]);
}
