/** Reads receipts from files and pasted text, one result per file or per line. */
import {
  decodeReceiptCode,
  decodeReceiptJson,
  MAX_RECEIPT_CHARS,
  type ReceiptResult,
} from './receipt-codec';

export interface ImportedItem {
  /** The file it came from, if any. */
  file?: string;
  /** The line (1-based) it was on, for codes. */
  line?: number;
  result: ReceiptResult | { ok: false; reason: 'unreadable' };
}

/** Each non-empty line of `text` read as a receipt code. */
export async function readCodes(text: string, file?: string): Promise<ImportedItem[]> {
  const items: ImportedItem[] = [];
  const lines = text.split(/\r\n|\r|\n/);
  for (const [index, line] of lines.entries()) {
    if (line.trim() === '') continue;
    const item: ImportedItem = { line: index + 1, result: await decodeReceiptCode(line) };
    if (file !== undefined) item.file = file;
    items.push(item);
  }
  return items;
}

/**
 * Each file read as a receipt: a JSON file is one receipt; any other text is
 * read as receipt codes, one per line. A file that cannot be read says so.
 */
export async function readFiles(files: readonly File[]): Promise<ImportedItem[]> {
  const items: ImportedItem[] = [];
  for (const file of files) {
    if (file.size > MAX_RECEIPT_CHARS * 4) {
      items.push({ file: file.name, result: { ok: false, reason: 'too-large' } });
      continue;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      items.push({ file: file.name, result: { ok: false, reason: 'unreadable' } });
      continue;
    }
    const trimmed = text.replace(/^\uFEFF/, '').trim();
    if (trimmed === '' || trimmed.startsWith('{')) {
      items.push({ file: file.name, result: decodeReceiptJson(trimmed) });
    } else {
      const codes = await readCodes(trimmed, file.name);
      items.push(
        ...(codes.length > 0 ? codes : [{ file: file.name, result: decodeReceiptJson('') }]),
      );
    }
  }
  return items;
}
