import { describe, expect, it } from 'vitest';
import { readFiles, readPastedText } from '@/features/assignment/read-receipts';
import { encodeReceiptCode, receiptToJson } from '@/features/assignment/receipt-codec';
import { realisticReceipt } from './arbitraries';

const code = await encodeReceiptCode(realisticReceipt);
const reasons = (items: { result: { ok: boolean; reason?: string } }[]) =>
  items.map((item) => (item.result.ok ? 'ok' : item.result.reason));

describe('reading receipt files', () => {
  it('reads a text file saved as UTF-16 by Notepad, and one in Latin-1 with Swedish prose', async () => {
    const text = `Kvitton från gruppen\r\n${code}\r\n`;
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...text].flatMap((c) => [c.charCodeAt(0), 0])]);
    const latin1 = new Uint8Array([...`Här är koden: ${code}`].map((c) => c.charCodeAt(0)));
    const { items, read } = await readFiles([
      new File([utf16], 'unicode.txt'),
      new File([latin1], 'latin1.txt'),
      new File([`\uFEFF${receiptToJson(realisticReceipt)}`], 'bom.json'),
    ]);
    expect(reasons(items)).toEqual(['ok', 'ok', 'ok']);
    expect(items[0]).toMatchObject({ file: 'unicode.txt', line: 2 });
    expect(read).toEqual({ files: 3, codes: 2, duplicates: 0, cut: false });
  });

  it('gives one problem for an empty file and for a file far too large', async () => {
    const { items } = await readFiles([
      new File([''], 'tom.txt'),
      new File([new Uint8Array(2_000_001).fill(65)], 'stor.txt'),
    ]);
    expect(reasons(items)).toEqual(['empty', 'too-large']);
  });
});

describe('reading pasted text', () => {
  it('reads a receipt file’s JSON pasted whole, and a paste of 1 MB without hanging', async () => {
    const json = await readPastedText(receiptToJson(realisticReceipt));
    expect(reasons(json.items)).toEqual(['ok']);

    const big = `${'Hej! Här kommer ett långt mejl. '.repeat(33_000)}${code}`;
    expect(big.length).toBeGreaterThan(1_000_000);
    const started = performance.now();
    const { items, read } = await readPastedText(big);
    expect(reasons(items)).toEqual(['ok']);
    expect(read.codes).toBe(1);
    expect(performance.now() - started).toBeLessThan(3_000);
  });
});

describe('what each receipt was read from', () => {
  it('is the code as found, joined again when e-mail wrapped it, or the file’s JSON', async () => {
    const code = await encodeReceiptCode(realisticReceipt);
    const wrapped = `Hej! Min kod: ${code.replace(/(.{76})/g, '$1\n')} /Kim`;
    const pasted = await readPastedText(wrapped);
    expect(pasted.items.map((i) => [i.result.ok, i.text])).toEqual([[true, code]]);
    const json = receiptToJson(realisticReceipt);
    const file = await readFiles([new File([json], 'kim.json', { type: 'application/json' })]);
    expect(file.items.map((i) => i.text)).toEqual([json.trim()]);
  });
});
