import { describe, expect, it } from 'vitest';
import { MAX_RECEIPT_CHARS } from '@/features/assignment/receipt-codec';
import { loadTrainer, serializeTrainer } from '@/features/group/trainer-load';
import { migrateTrainer } from '@/features/group/trainer-migrations';
import {
  KeptReceipt,
  MAX_KEPT_RECEIPT_CHARS,
  MAX_KEPT_RECEIPTS,
  MAX_ROSTER,
  RosterEntry,
  TRAINER_VERSION,
  TrainerState,
} from '@/features/group/trainer-schema';
import { group, NOW } from './fixtures';

const stored = (state: unknown, version = TRAINER_VERSION) => JSON.stringify({ state, version });

describe('the trainer schema', () => {
  it('accepts a roster entry with a normalised identifier and refuses one that is not', () => {
    expect(RosterEntry.safeParse({ name: 'Anna', identifier: 'anna@kommun.se' }).success).toBe(
      true,
    );
    expect(RosterEntry.safeParse({ name: 'Anna', identifier: 'E-1234' }).success).toBe(true);
    expect(RosterEntry.safeParse({ name: 'Anna', identifier: 'Anna@Kommun.se' }).success).toBe(
      false,
    );
    expect(RosterEntry.safeParse({ name: '', identifier: 'anna@kommun.se' }).success).toBe(false);
  });

  it('keeps receipt texts up to the codec limit', () => {
    expect(MAX_KEPT_RECEIPT_CHARS).toBe(MAX_RECEIPT_CHARS);
    const text = (n: number) => ({ text: 'x'.repeat(n), importedAt: NOW });
    expect(KeptReceipt.safeParse(text(MAX_RECEIPT_CHARS)).success).toBe(true);
    expect(KeptReceipt.safeParse(text(MAX_RECEIPT_CHARS + 1)).success).toBe(false);
  });

  it('refuses more than 2,000 roster entries or receipts, and the same text twice', () => {
    const roster = Array.from({ length: MAX_ROSTER + 1 }, (_, i) => ({ name: `P ${i}` }));
    const receipts = Array.from({ length: MAX_KEPT_RECEIPTS + 1 }, (_, i) => ({
      text: `R${i}`,
      importedAt: NOW,
    }));
    const twice = [
      { text: 'R1', importedAt: NOW },
      { text: 'R1', importedAt: NOW + 1 },
    ];
    const valid = (g: unknown) => TrainerState.safeParse({ groups: { a: g } }).success;
    expect(valid(group('a', { roster: roster.slice(1) }))).toBe(true);
    expect(valid(group('a', { roster }))).toBe(false);
    expect(valid(group('a', { receipts }))).toBe(false);
    expect(valid(group('a', { receipts: twice }))).toBe(false);
  });

  it('refuses two pairings of one receipt', () => {
    const pairings = [
      { receipt: 'id:a@k.see', entry: 'id:a@k.se' },
      { receipt: 'id:a@k.see', entry: 'id:b@k.se' },
    ];
    const valid = (g: unknown) => TrainerState.safeParse({ groups: { a: g } }).success;
    expect(valid(group('a', { pairings: pairings.slice(0, 1) }))).toBe(true);
    expect(valid(group('a', { pairings }))).toBe(false);
  });

  it('refuses a group filed under another id', () => {
    expect(TrainerState.safeParse({ groups: { b: group('a') } }).success).toBe(false);
  });
});

describe('the trainer migrations', () => {
  it('walks a fake version 0 up to version 1 through its table', () => {
    const table = { 0: (s: Record<string, unknown>) => ({ groups: s.assignments }) };
    expect(migrateTrainer({ assignments: { a: 1 } }, 0, table, 1)).toEqual({ groups: { a: 1 } });
  });

  it('reads kept data of version 1, which has no pairings, as it was', () => {
    const state = {
      groups: { a: group('a', { receipts: [{ text: 'R2.x.y', importedAt: NOW }] }) },
    };
    expect(loadTrainer(stored(state, 1))).toEqual({ ok: true, state });
  });

  it('fails on a missing step, which loading reports as invalid', () => {
    expect(() => migrateTrainer({}, 0, {}, 1)).toThrow();
    expect(loadTrainer(stored({ groups: {} }, 0))).toEqual({
      ok: false,
      problem: 'invalid',
      partial: null,
    });
  });
});

describe('loadTrainer', () => {
  it('keeps the valid pairings of a group, leaving out a broken one and a repeat', () => {
    const good = { receipt: 'id:a@k.see', entry: 'id:a@k.se' };
    const state = {
      groups: {
        a: {
          ...group('a'),
          pairings: [good, { receipt: '' }, { ...good, entry: 'id:b@k.se' }],
        },
      },
    };
    const result = loadTrainer(stored(state));
    if (result.ok || result.problem !== 'invalid') throw new Error('not refused as invalid');
    expect(result.partial?.groups.a?.pairings).toEqual([good]);
  });

  it('reads back what it wrote, and nothing stored as an empty start', () => {
    const state = {
      groups: { a: group('a', { receipts: [{ text: 'R2.x.y', importedAt: NOW }] }) },
    };
    expect(loadTrainer(serializeTrainer(state))).toEqual({ ok: true, state });
    expect(loadTrainer(null)).toEqual({ ok: true, state: null });
  });

  it('tells text that is not JSON from a newer version', () => {
    expect(loadTrainer('{"state":')).toEqual({ ok: false, problem: 'corrupt' });
    expect(loadTrainer(stored({ groups: {} }, TRAINER_VERSION + 1))).toEqual({
      ok: false,
      problem: 'newer',
    });
  });

  it('keeps the valid groups, receipts and roster entries of an invalid state', () => {
    const state = {
      groups: {
        a: {
          ...group('a'),
          roster: [{ name: 'Anna' }, { name: 42 }],
          receipts: [
            { text: 'R1', importedAt: NOW },
            { text: '' },
            { text: 'R1', importedAt: NOW },
          ],
        },
        b: { ...group('b'), title: '' },
      },
    };
    const result = loadTrainer(stored(state));
    expect(result).toEqual({
      ok: false,
      problem: 'invalid',
      partial: {
        groups: {
          a: {
            ...group('a'),
            roster: [{ name: 'Anna' }],
            receipts: [{ text: 'R1', importedAt: NOW }],
          },
        },
      },
    });
  });
});
