/**
 * Links, receipts and suspend data written by the release before wire format
 * v2 (tests/fixtures/wire/) still decode, to the same values as then.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeAssignment } from '@/features/assignment/assignment-link';
import { decodeReceiptCode, decodeReceiptJson } from '@/features/assignment/receipt-codec';
import { asReadToday } from './legacy-receipt';
import type { CourseIndex } from '@/lms/course-index';
import { decodeSuspendData, encodeSuspendData, suspendFormatVersion } from '@/lms/suspend-data';

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

  it('reads every v1 receipt code and file as the v1 release did, check included, in today’s shape', async () => {
    type Entry = { label: string; receipt: Parameters<typeof asReadToday>[0]; check: string };
    const codes = fixture<(Entry & { code: string })[]>('receipt-codes-v1.json');
    for (const { label, code, receipt, check } of codes) {
      expect(await decodeReceiptCode(code), label).toEqual({
        ok: true,
        receipt: asReadToday(receipt),
        check,
      });
    }
    const files = fixture<(Entry & { file: string })[]>('receipt-files-v1.json');
    for (const { label, file, receipt, check } of files) {
      const text = readFileSync(`${DIR}/${file}`, 'utf8');
      expect(decodeReceiptJson(text), label).toEqual({
        ok: true,
        receipt: asReadToday(receipt),
        check,
      });
      expect(decodeReceiptJson(text.replace('"score": 1', '"score": 0.5')).ok, label).toBe(false);
    }
  });
});

describe('suspend data fixtures of version 1', () => {
  type Entry = { label: string; index: string; length: number; text: string; state: unknown };
  const entries = fixture<Entry[]>('suspend-v1.json');

  it('reads every v1 text against the course index of its day, to the state v1 read', () => {
    expect(entries.length).toBeGreaterThanOrEqual(6);
    for (const { label, index: file, text, state } of entries) {
      const index = fixture<CourseIndex>(file);
      expect(suspendFormatVersion(text), label).toBe(1);
      expect(decodeSuspendData(text, index), label).toEqual(state);
    }
  });

  it('writes what it read from v1 again as v2, and reads back the same', () => {
    for (const { label, index: file, text } of entries) {
      const index = fixture<CourseIndex>(file);
      const state = decodeSuspendData(text, index)!;
      const v2 = encodeSuspendData(state, index, Infinity);
      expect(v2.startsWith('2.'), label).toBe(true);
      expect(decodeSuspendData(v2, index), label).toEqual(state);
    }
  });

  it('refuses a v1 text changed by one character', () => {
    const { text, index: file } = entries[1]!;
    const index = fixture<CourseIndex>(file);
    const changed = text.slice(0, 20) + (text[20] === 'A' ? 'B' : 'A') + text.slice(21);
    expect(decodeSuspendData(changed, index)).toBeNull();
    expect(decodeSuspendData(text.slice(0, -1), index)).toBeNull();
  });
});
