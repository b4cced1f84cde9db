/**
 * Links, receipts and suspend data written by earlier releases (tests/fixtures/wire/, one set
 * per format version) still decode, to the same values as then.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeAssignment } from '@/features/assignment/assignment-link';
import { decodeReceiptCode, decodeReceiptJson } from '@/features/assignment/receipt-codec';
import type { CourseIndex } from '@/lms/course-index';
import { decodeSuspendData, encodeSuspendData, suspendFormatVersion } from '@/lms/suspend-data';
import { asReadToday } from './legacy-receipt';

const DIR = 'tests/fixtures/wire';
const fixture = <T>(file: string): T => JSON.parse(readFileSync(`${DIR}/${file}`, 'utf8')) as T;

type Entry = { label: string; receipt: Parameters<typeof asReadToday>[0]; check: string };

// Version 1 took any language code in a receipt file; version 2 takes the course's languages only.
describe.each([
  { version: 1, links: 4, languages: 'any' },
  { version: 2, links: 5, languages: 'the course’s' },
])('wire fixtures of version $version', ({ version, links: atLeast, languages }) => {
  it(`reads every v${version} assignment link as the v${version} release did`, async () => {
    const links = fixture<{ label: string; code: string; assignment: unknown }[]>(
      `links-v${version}.json`,
    );
    expect(links.length).toBeGreaterThanOrEqual(atLeast);
    for (const { label, code, assignment } of links) {
      expect(code.startsWith(`${version}.`), label).toBe(true);
      expect(await decodeAssignment(code), label).toEqual({ ok: true, assignment });
    }
  });

  it(`reads every v${version} receipt code and file as then, check included, in today’s shape`, async () => {
    const codes = fixture<(Entry & { code: string })[]>(`receipt-codes-v${version}.json`);
    expect(codes.length).toBeGreaterThanOrEqual(3);
    for (const { label, code, receipt, check } of codes) {
      expect(code.startsWith(`R${version}.`), label).toBe(true);
      expect(await decodeReceiptCode(code), label).toEqual({
        ok: true,
        receipt: asReadToday(receipt),
        check,
      });
    }
    const files = fixture<(Entry & { file: string })[]>(`receipt-files-v${version}.json`);
    expect(files.length).toBeGreaterThanOrEqual(1);
    for (const { label, file, receipt, check } of files) {
      const text = readFileSync(`${DIR}/${file}`, 'utf8');
      expect(decodeReceiptJson(text), label).toEqual({
        ok: true,
        receipt: asReadToday(receipt),
        check,
      });
      expect(decodeReceiptJson(text.replace('"score": 1', '"score": 0.5')).ok, label).toBe(false);
      const finnish = text.replace(/"language": "\w+"/, '"language": "fi"');
      expect(decodeReceiptJson(finnish).ok, label).toBe(languages === 'any');
    }
  });
});

describe('suspend data fixtures of version 1', () => {
  type SuspendEntry = {
    label: string;
    index: string;
    length: number;
    text: string;
    state: unknown;
  };
  const entries = fixture<SuspendEntry[]>('suspend-v1.json');

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
