import { withoutHiddenCharacters } from '@/lib/plain-text';

/**
 * CSV that opens correctly in Excel set up for Swedish: UTF-8 with a byte
 * order mark (so å, ä and ö survive), semicolons between fields (the comma is
 * the decimal sign), numbers with a decimal comma, and CRLF line ends.
 */

/** A cell: text as it is, a number written with a decimal comma, or nothing. */
export type CsvCell = string | number | null | undefined;

const BOM = '\uFEFF';
const SEPARATOR = ';';
const LINE_END = '\r\n';

/** A number with a decimal comma and at most `decimals` decimals, e.g. 77.78 → "77,8" with 1. */
export function decimalComma(value: number, decimals = 1): string {
  if (!Number.isFinite(value)) return '';
  const factor = 10 ** decimals;
  const rounded = Math.round(value * factor) / factor;
  return String(Object.is(rounded, -0) ? 0 : rounded).replace('.', ',');
}

/**
 * One text cell, quoted when it holds a semicolon, a quote, a line break or
 * outer spaces, with quotes doubled. Text that Excel would run as a formula
 * (starting with =, +, -, @, tab or CR) gets a leading apostrophe, so a name
 * in a receipt can never become a formula. Bidirectional controls and
 * invisible characters are dropped, so no cell can reverse or hide its text.
 */
export function csvText(value: string): string {
  const plain = withoutHiddenCharacters(value);
  const safe = /^[=+\-@\t\r]/.test(plain) ? `'${plain}` : plain;
  return /[;"\r\n]|^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function cell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'number' ? decimalComma(value) : csvText(value);
}

/** The whole file: a byte order mark, then each row's cells joined by ";", each line ended by CRLF. */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return BOM + rows.map((row) => row.map(cell).join(SEPARATOR) + LINE_END).join('');
}
