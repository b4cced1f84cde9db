import { withoutHiddenCharacters } from '@/lib/plain-text';

/**
 * CSV that opens correctly in Excel set up for Swedish: UTF-8 with a byte
 * order mark (so å, ä and ö survive), semicolons between fields (the comma is
 * the decimal sign), numbers with a decimal comma, and CRLF line ends.
 */

/** Text that a spreadsheet must keep as text: an identifier or a checksum (see `textCell`). */
export interface CsvTextCell {
  text: string;
}

/** A cell: text as it is, a number written with a decimal comma, text kept as text, or nothing. */
export type CsvCell = string | number | CsvTextCell | null | undefined;

/**
 * A cell Excel and LibreOffice show as the text it is, never as a number:
 * "0012" keeps its zeros and "1e10" or "00E00" never becomes 0,00E+00. It is
 * written as the text formula `="…"` with quotes doubled, so whatever the
 * text holds stays inside the string. Use it for identifiers and checksums,
 * never for names: a name is plain text.
 */
export function textCell(value: string): CsvTextCell {
  return { text: value };
}

function textFormula(value: string): string {
  const formula = `="${withoutHiddenCharacters(value).replace(/"/g, '""')}"`;
  return `"${formula.replace(/"/g, '""')}"`;
}

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
  if (typeof value === 'number') return decimalComma(value);
  return typeof value === 'string' ? csvText(value) : textFormula(value.text);
}

/** The whole file: a byte order mark, then each row's cells joined by ";", each line ended by CRLF. */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return BOM + rows.map((row) => row.map(cell).join(SEPARATOR) + LINE_END).join('');
}
