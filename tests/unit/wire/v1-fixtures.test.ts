/**
 * Links, receipts and suspend data written by the release before wire format
 * v2 (tests/fixtures/wire/) still decode, to the same values as then.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeAssignment } from '@/features/assignment/assignment-link';
import { decodeReceiptCode, decodeReceiptJson } from '@/features/assignment/receipt-codec';

const DIR = 'tests/fixtures/wire';
const fixture = <T>(file: string): T => JSON.parse(readFileSync(`${DIR}/${file}`, 'utf8')) as T;

describe('wire fixtures of version 1', () => {
  it('reads every v1 assignment link as the v1 release did', async () => {
    const links = fixture<{ label: string; code: string; assignment: unknown }[]>('links-v1.json');
    expect(links.length).toBeGreaterThanOrEqual(4);
    for (const { label, code, assignment } of links) {
      expect(await decodeAssignment(code), label).toEqual({ ok: true, assignment });
    }
  });

  it('reads every v1 receipt code and file as the v1 release did, check included', async () => {
    type Entry = { label: string; receipt: unknown; check: string };
    const codes = fixture<(Entry & { code: string })[]>('receipt-codes-v1.json');
    for (const { label, code, receipt, check } of codes) {
      expect(await decodeReceiptCode(code), label).toEqual({ ok: true, receipt, check });
    }
    const files = fixture<(Entry & { file: string })[]>('receipt-files-v1.json');
    for (const { label, file, receipt, check } of files) {
      const text = readFileSync(`${DIR}/${file}`, 'utf8');
      expect(decodeReceiptJson(text), label).toEqual({ ok: true, receipt, check });
      expect(decodeReceiptJson(text.replace('"score": 1', '"score": 0.5')).ok, label).toBe(false);
    }
  });
});
