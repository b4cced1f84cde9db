/**
 * Break 6 of issue 12: bidirectional overrides and zero-width characters
 * (U+202E, U+200B and their kin) must not reverse or hide text anywhere a
 * learner's or a trainer's text comes in or goes out. Typed and stored text
 * is cleaned; encoded text (links, receipts), whose check covers it, is refused.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readForm, emptyForm } from '@/features/assignment/draft-form';
import { decodeAssignment } from '@/features/assignment/assignment-link';
import { csvText, toCsv } from '@/lib/csv';
import { codeCheck } from '@/lib/wire/envelope';
import { hasHiddenCharacters, withoutHiddenCharacters } from '@/lib/plain-text';
import type { Receipt } from '@/features/assignment/receipt';
import {
  decodeReceiptJson,
  RECEIPT_FORMAT,
  RECEIPT_VERSION,
  receiptCheck,
} from '@/features/assignment/receipt-codec';
import { deflateSync, strToU8 } from 'fflate';
import { previewImport } from '@/features/progress/import-preview';
import { loadPersisted } from '@/store/load-persisted';
import { emptyState } from '@/store/persisted-fields';
import { createAppStore } from '@/store/store';

/** Every character the brief names, each between two letters. */
const HIDDEN = [
  ...Array.from({ length: 5 }, (_, i) => 0x200b + i),
  ...Array.from({ length: 5 }, (_, i) => 0x202a + i),
  ...Array.from({ length: 10 }, (_, i) => 0x2060 + i),
  0xfeff,
].map((c) => String.fromCodePoint(c));

const REVERSED = 'Anna \u202Enossrednа';

describe('hidden characters', () => {
  it('are each found and each dropped, leaving the visible text', () => {
    for (const c of HIDDEN) {
      expect(hasHiddenCharacters(`a${c}b`), c.codePointAt(0)!.toString(16)).toBe(true);
      expect(withoutHiddenCharacters(`a${c}b`)).toBe('ab');
    }
    expect(hasHiddenCharacters('Åsa Öberg – “Kim”, 80 %')).toBe(false);
  });

  it('never reach a CSV cell', () => {
    expect(csvText(REVERSED)).toBe('Anna nossrednа');
    expect(toCsv([['Kim\u200B Lind', '=\u202E1+1']]).slice(1)).toBe("Kim Lind;'=1+1\r\n");
  });

  it('are dropped from a name the learner types', () => {
    const store = createAppStore(null);
    store.getState().setLearnerName(' \u202EKim\u200B Lind\u2066 ');
    expect(store.getState().settings.learnerName).toBe('Kim Lind');
  });

  it('are dropped from a name or a title read from storage or from an imported file', () => {
    const state = emptyState();
    state.settings.learnerName = REVERSED;
    state.assignments['link-AbCdEfG'] = {
      id: 'link-AbCdEfG',
      title: 'Mutor\u200B 2026',
      organisation: 'Region\u202E Exempel',
      contact: '\uFEFFanna@example.se',
      modules: ['what-is-corruption'],
      passMark: 0.8,
      acceptedAt: 1763700000000,
    };
    const text = JSON.stringify({ state, version: 2 });
    const loaded = loadPersisted(text);
    if (!loaded.ok || !loaded.state) throw new Error('expected a state');
    expect(loaded.state.settings.learnerName).toBe('Anna nossrednа');
    expect(loaded.state.assignments['link-AbCdEfG']).toMatchObject({
      title: 'Mutor 2026',
      organisation: 'Region Exempel',
      contact: 'anna@example.se',
    });
    const preview = previewImport(emptyState(), text);
    if (!preview.ok) throw new Error('expected a preview');
    expect(preview.imported.settings.learnerName).toBe('Anna nossrednа');
  });

  it('are dropped from what a trainer types into the assignment builder', () => {
    const values = { ...emptyForm(80), title: 'Mutor\u200B och jäv', organisation: 'Region\u202E' };
    const read = readForm({ ...values, modules: ['what-is-corruption'] }, '2026-01-01');
    expect(read.draft).toMatchObject({ title: 'Mutor och jäv', organisation: 'Region' });
  });

  it('make an assignment link invalid', async () => {
    // A version 2 link written by hand, with a matching check, so only the text rules can refuse it.
    const link = async (title: string) => {
      const payload = { t: title, o: 'Region Exempel', c: '', m: ['what-is-corruption'], p: 80 };
      const body = Buffer.from(deflateSync(strToU8(JSON.stringify(payload)))).toString('base64url');
      const head = `2.${body}`;
      return decodeAssignment(`${head}.${codeCheck(head)}`);
    };
    expect((await link('Mutor 2026')).ok).toBe(true);
    expect(await link('Mutor \u202E2026')).toEqual({ ok: false, reason: 'invalid' });
  });

  it('make a receipt invalid, even with a matching check', () => {
    const receipt: Receipt = {
      name: REVERSED,
      assignment: { id: 'link-AbCdEfG', title: 'Mutor', organisation: '', passMark: 0.8 },
      modules: [{ id: 'what-is-corruption', status: 'passed', score: 1, passedOn: '2026-11-01' }],
      madeOn: '2026-11-01',
      completedOn: '2026-11-01',
      courseVersion: '1.0.0',
    };
    const file = JSON.stringify({
      format: RECEIPT_FORMAT,
      version: RECEIPT_VERSION,
      ...receipt,
      check: receiptCheck(receipt),
    });
    expect(decodeReceiptJson(file)).toEqual({ ok: false, reason: 'invalid' });
  });

  it('keep the stored fixture as it was', () => {
    const text = readFileSync('tests/fixtures/storage/v2.json', 'utf8');
    const loaded = loadPersisted(text);
    expect(loaded.ok && loaded.state?.settings.learnerName).toBe('Kim Andersson');
  });
});
