/**
 * Text from a spreadsheet (CSV or TSV, as Excel, LibreOffice or an HR system
 * writes it) split into records and fields: the separator found from the
 * text (tab, semicolon or comma), quoted fields with doubled quotes and line
 * breaks inside, a byte order mark dropped, CRLF or LF line ends.
 */

export type Separator = '\t' | ';' | ',';

export interface DelimitedRecord {
  /** The line (1-based) the record starts on. */
  line: number;
  fields: string[];
}

const SEPARATORS: readonly Separator[] = ['\t', ';', ','];

/** How often `separator` stands outside quotes in `line`. */
function countOutsideQuotes(line: string, separator: Separator): number {
  let count = 0;
  let quoted = false;
  for (const char of line) {
    if (char === '"') quoted = !quoted;
    else if (char === separator && !quoted) count++;
  }
  return count;
}

/**
 * The separator of the first non-empty line: a tab if there is one (Excel
 * copies cells with tabs), else the more frequent of ";" and ","; ";" when
 * neither is there, so a list of bare names is one column.
 */
export function detectSeparator(text: string): Separator {
  const first = text.split(/\r\n|\n|\r/).find((line) => line.trim() !== '') ?? '';
  let best: Separator = ';';
  let most = 0;
  for (const separator of SEPARATORS) {
    const count = countOutsideQuotes(first, separator);
    if (count > most) {
      best = separator;
      most = count;
    }
  }
  return best;
}

/** Every record of `text`, empty lines left out, each field as written (quotes removed). */
export function parseDelimited(
  text: string,
  separator: Separator = detectSeparator(text),
): DelimitedRecord[] {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const records: DelimitedRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let start = 1;

  const endRecord = () => {
    fields.push(field);
    if (fields.some((f) => f.trim() !== '')) records.push({ line: start, fields });
    fields = [];
    field = '';
  };

  for (let i = 0; i < source.length; i++) {
    const char = source[i]!;
    if (quoted) {
      if (char === '"' && source[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else {
        if (char === '\n' || (char === '\r' && source[i + 1] !== '\n')) line++;
        field += char;
      }
    } else if (char === '"' && field.trim() === '') {
      field = '';
      quoted = true;
    } else if (char === separator) {
      fields.push(field);
      field = '';
    } else if (char === '\r' || char === '\n') {
      if (char === '\r' && source[i + 1] === '\n') i++;
      endRecord();
      line++;
      start = line;
    } else field += char;
  }
  if (field !== '' || fields.length > 0) endRecord();
  return records;
}
