/**
 * Reads receipts from files and pasted text: every code found in the text
 * (find-receipt-codes.ts) and every JSON file is one result. A file that is
 * no receipt at all (a picture, a zip, a text without codes) is one result
 * for the whole file.
 */
import { findReceiptCodes, MAX_TEXT_CHARS } from './find-receipt-codes';
import { peekCodeName, peekFileName } from './peek-receipt-name';
import { decodeReceiptCode, decodeReceiptJson, type ReceiptResult } from './receipt-codec';

/** Why a whole file was refused before any receipt in it was read. */
export type FileProblem = 'unreadable' | 'binary' | 'no-codes' | 'too-large';

export interface ImportedItem {
  /** The file it came from, if any. */
  file?: string;
  /** The line (1-based) a code started on. */
  line?: number;
  /** Whose receipt it was, when a refused receipt could be read that far. */
  name?: string;
  /** The first characters of a refused code whose name could not be read, with "…". */
  start?: string;
  /** What the receipt was read from: the code as found, or the JSON file's text; kept as it is. */
  text?: string;
  result: ReceiptResult | { ok: false; reason: FileProblem };
}

/** What one import looked at. */
export interface ImportRead {
  files: number;
  /** Codes found, each once. */
  codes: number;
  /** Codes that were there more than once and were read once. */
  duplicates: number;
  /** The text was too long, or had too many codes, to be read whole. */
  cut: boolean;
}

export interface ImportBatch {
  items: ImportedItem[];
  read: ImportRead;
}

/** How much of a refused code is quoted. */
const QUOTED_CHARS = 12;

/** A refused receipt's name, or else the start of its code, on the item. */
function identify(item: ImportedItem, name: string | null, code?: string) {
  if (item.result.ok) return item;
  if (name !== null) item.name = name;
  else if (code !== undefined) {
    item.start = code.length > QUOTED_CHARS ? `${code.slice(0, QUOTED_CHARS)}…` : code;
  }
  return item;
}

async function codesIn(text: string, file?: string): Promise<ImportBatch> {
  const found = findReceiptCodes(text);
  const items: ImportedItem[] = [];
  for (const { code, line } of found.codes) {
    const item: ImportedItem = { line, text: code, result: await decodeReceiptCode(code) };
    if (file !== undefined) item.file = file;
    items.push(identify(item, item.result.ok ? null : peekCodeName(code), code));
  }
  return {
    items,
    read: { files: 0, codes: found.codes.length, duplicates: found.duplicates, cut: found.cut },
  };
}

/**
 * Every receipt code in pasted text, wherever it stands and however the
 * e-mail wrapped it. A receipt file's JSON pasted whole is read too.
 */
export async function readPastedText(text: string): Promise<ImportBatch> {
  const trimmed = text.trim();
  if (trimmed.startsWith('{')) {
    const item: ImportedItem = { text: trimmed, result: decodeReceiptJson(trimmed) };
    return {
      items: [identify(item, peekFileName(trimmed))],
      read: { files: 0, codes: 1, duplicates: 0, cut: false },
    };
  }
  return codesIn(text);
}

/** Whether these first bytes are of a binary file (a picture, a zip, a PDF…) rather than text. */
function looksBinary(bytes: Uint8Array): boolean {
  let control = 0;
  for (const byte of bytes) {
    if (byte === 0) return true;
    if (byte < 32 && byte !== 9 && byte !== 10 && byte !== 12 && byte !== 13) control++;
  }
  return control > bytes.length / 20;
}

/** A file's text by its byte-order mark (UTF-8 when it has none), or why it is not text. */
async function textOf(file: File): Promise<{ text: string } | { problem: FileProblem }> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return { problem: 'unreadable' };
  }
  const [a, b] = bytes;
  // The decoders drop the byte-order mark.
  if (a === 0xff && b === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes) };
  if (a === 0xfe && b === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes) };
  if (looksBinary(bytes.subarray(0, 8192))) return { problem: 'binary' };
  return { text: new TextDecoder('utf-8').decode(bytes) };
}

/**
 * Each file read as receipts: a JSON file is one receipt; any other text is
 * searched for receipt codes. A file that cannot be read, is not text, or
 * has no code in it is one problem for that file.
 */
export async function readFiles(files: readonly File[]): Promise<ImportBatch> {
  const items: ImportedItem[] = [];
  const read: ImportRead = { files: files.length, codes: 0, duplicates: 0, cut: false };
  for (const file of files) {
    const whole = (result: ImportedItem['result']) => items.push({ file: file.name, result });
    if (file.size > MAX_TEXT_CHARS) {
      whole({ ok: false, reason: 'too-large' });
      continue;
    }
    const content = await textOf(file);
    if ('problem' in content) {
      whole({ ok: false, reason: content.problem });
      continue;
    }
    const { text } = content;
    const trimmed = text.trim();
    if (trimmed === '' || trimmed.startsWith('{')) {
      const item: ImportedItem = {
        file: file.name,
        text: trimmed,
        result: decodeReceiptJson(trimmed),
      };
      items.push(identify(item, peekFileName(trimmed)));
      continue;
    }
    const found = await codesIn(text, file.name);
    if (found.items.length === 0) whole({ ok: false, reason: 'no-codes' });
    items.push(...found.items);
    read.codes += found.read.codes;
    read.duplicates += found.read.duplicates;
    read.cut ||= found.read.cut;
  }
  return { items, read };
}
