import { describe, expect, it } from 'vitest';
import { BACKUP_FORMAT, backupText, importBackupInto } from '@/features/group/trainer-backup';
import { TRAINER_VERSION } from '@/features/group/trainer-schema';
import { group, NOW } from './fixtures';

const receipt = (text: string) => ({ text, importedAt: NOW });
const file = (groups: unknown, version = 1) =>
  JSON.stringify({ format: BACKUP_FORMAT, version, exportedAt: NOW, groups });

describe('the trainer backup', () => {
  it('reads back every group it exported', () => {
    const kept = { a: group('a', { receipts: [receipt('R1')], roster: [{ name: 'Anna' }] }) };
    const text = backupText(kept, NOW);
    expect(JSON.parse(text)).toMatchObject({
      format: BACKUP_FORMAT,
      version: TRAINER_VERSION,
      exportedAt: NOW,
    });
    expect(importBackupInto({}, text, NOW)).toEqual({
      ok: true,
      groups: kept,
      added: { groups: 1, receipts: 1, roster: 1, overLimit: 0 },
    });
  });

  it('merges: the union of receipts and roster, nothing lost on either side', () => {
    const mine = {
      a: group('a', {
        receipts: [receipt('R1')],
        roster: [{ name: 'Anna', identifier: 'a@k.se' }],
      }),
    };
    const theirs = {
      a: group('a', {
        receipts: [receipt('R1'), receipt('R2')],
        roster: [{ name: 'Anna A', identifier: 'a@k.se' }, { name: 'Bo' }],
      }),
      b: group('b'),
    };
    const result = importBackupInto(mine, file(theirs), NOW);
    expect(result).toMatchObject({ ok: true, added: { groups: 1, receipts: 1, roster: 1 } });
    if (!result.ok) return;
    expect(result.groups.a!.receipts.map((r) => r.text)).toEqual(['R1', 'R2']);
    expect(result.groups.a!.roster).toEqual([
      { name: 'Anna', identifier: 'a@k.se' },
      { name: 'Bo' },
    ]);
    expect(Object.keys(result.groups)).toEqual(['a', 'b']);
  });

  it('names each problem', () => {
    const problem = (text: string) => importBackupInto({}, text, NOW);
    expect(problem('this is no file')).toEqual({ ok: false, problem: 'not-json' });
    expect(problem('{"format":"mutkollen-receipt"}')).toEqual({ ok: false, problem: 'not-backup' });
    expect(problem(file({}, TRAINER_VERSION + 1))).toEqual({ ok: false, problem: 'newer' });
    expect(problem(file({ a: { title: 'no group' } }))).toEqual({ ok: false, problem: 'invalid' });
    expect(problem(file({ a: group('a', { updatedAt: NOW + 86_400_000 }) }))).toEqual({
      ok: false,
      problem: 'invalid',
    });
  });

  it('merges pairings: both sides’ kept, this side’s standing for a receipt both paired', () => {
    const roster = [
      { name: 'Anna', identifier: 'a@k.se' },
      { name: 'Bo', identifier: 'b@k.se' },
    ];
    const mine = {
      a: group('a', { roster, pairings: [{ receipt: 'id:a@k.see', entry: 'id:a@k.se' }] }),
    };
    const theirs = {
      a: group('a', {
        roster,
        pairings: [
          { receipt: 'id:a@k.see', entry: 'id:b@k.se' },
          { receipt: 'id:bo@k.se', entry: 'id:b@k.se' },
        ],
      }),
    };
    const result = importBackupInto(mine, file(theirs, TRAINER_VERSION), NOW);
    if (!result.ok) throw new Error('refused');
    expect(result.groups.a!.pairings).toEqual([
      { receipt: 'id:a@k.see', entry: 'id:a@k.se' },
      { receipt: 'id:bo@k.se', entry: 'id:b@k.se' },
    ]);
  });
});
