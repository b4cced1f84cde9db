/**
 * Links and receipts written by the release before link and receipt format v3
 * (tests/fixtures/wire/*-v2*) still decode, to the same values as then.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeAssignment } from '@/features/assignment/assignment-link';
import { decodeReceiptCode, decodeReceiptJson } from '@/features/assignment/receipt-codec';
import { asReadToday } from './legacy-receipt';

const DIR = 'tests/fixtures/wire';
const fixture = <T>(file: string): T => JSON.parse(readFileSync(`${DIR}/${file}`, 'utf8')) as T;

describe('wire fixtures of version 2', () => {
  it('reads every v2 assignment link as the v2 release did', async () => {
    const links = fixture<{ label: string; code: string; assignment: unknown }[]>('links-v2.json');
    expect(links.length).toBeGreaterThanOrEqual(5);
    for (const { label, code, assignment } of links) {
      expect(code.startsWith('2.'), label).toBe(true);
      expect(await decodeAssignment(code), label).toEqual({ ok: true, assignment });
    }
  });

  it('reads every v2 receipt code and file as the v2 release did, check included, in today’s shape', async () => {
    type Entry = { label: string; receipt: Parameters<typeof asReadToday>[0]; check: string };
    const codes = fixture<(Entry & { code: string })[]>('receipt-codes-v2.json');
    expect(codes.length).toBeGreaterThanOrEqual(3);
    for (const { label, code, receipt, check } of codes) {
      expect(code.startsWith('R2.'), label).toBe(true);
      expect(await decodeReceiptCode(code), label).toEqual({
        ok: true,
        receipt: asReadToday(receipt),
        check,
      });
    }
    const files = fixture<(Entry & { file: string })[]>('receipt-files-v2.json');
    for (const { label, file, receipt, check } of files) {
      const text = readFileSync(`${DIR}/${file}`, 'utf8');
      expect(decodeReceiptJson(text), label).toEqual({
        ok: true,
        receipt: asReadToday(receipt),
        check,
      });
      expect(decodeReceiptJson(text.replace('"score": 1', '"score": 0.5')).ok, label).toBe(false);
      expect(decodeReceiptJson(text.replace(/"language": "\w+"/, '"language": "fi"')).ok).toBe(
        false,
      );
    }
  });
});
