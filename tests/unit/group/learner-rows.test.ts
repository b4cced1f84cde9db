import { describe, expect, it } from 'vitest';
import {
  groupCounts,
  isOnTime,
  learnerRows,
  type LearnerRowsInput,
  searchRows,
} from '@/features/group/learner-rows';
import { KNOWN, MODULES, passed, receipt } from './receipt-fixtures';

const roster = [
  { name: 'Anna Berg', identifier: 'anna1@x.se', email: 'anna1@x.se' },
  { name: 'Anna Berg', identifier: 'anna2@x.se', email: 'anna2@x.se' },
  { name: 'Bo Ek', identifier: 'bo@x.se', email: 'bo@x.se' },
];

const input = (over: Partial<LearnerRowsInput>): LearnerRowsInput => ({
  roster,
  receipts: [],
  modules: MODULES,
  knownModules: KNOWN,
  due: '2026-11-30',
  today: '2026-11-25',
  ...over,
});

describe('one row per learner', () => {
  it('keeps two people with the same name apart by identifier, and lists the missing', () => {
    const rows = learnerRows(
      input({
        receipts: [
          receipt('Anna Berg', { learnerId: 'anna2@x.se' }),
          receipt('Ana Berg', { learnerId: 'anna1@x.se' }),
        ],
      }),
    );
    expect(rows.map((r) => [r.name, r.identifier, r.status])).toEqual([
      ['Anna Berg', 'anna1@x.se', 'complete'],
      ['Anna Berg', 'anna2@x.se', 'complete'],
      ['Bo Ek', 'bo@x.se', 'no-receipt'],
    ]);
    expect(rows[0]!.flags).toEqual(['name-differs']);
    expect(rows[0]!.receiptName).toBe('Ana Berg');
    const counts = groupCounts(rows);
    expect([counts.done, counts.of, counts.notInRoster]).toEqual([2, 3, 0]);
    expect(counts.missing.map((r) => r.email)).toEqual(['bo@x.se']);
  });

  it('shows each module as not started, started or passed with score and date', () => {
    const [row] = learnerRows(
      input({
        receipts: [
          receipt('Bo Ek', {
            learnerId: 'bo@x.se',
            modules: [
              passed('m1', '2026-11-02', 0.85),
              { id: 'm3', status: 'started' },
              { id: 'm5', status: 'not-started' },
            ],
          }),
        ],
      }),
    ).filter((r) => r.name === 'Bo Ek');
    expect(row!.status).toBe('started');
    expect(row!.completedOn).toBeUndefined();
    expect(row!.modules).toEqual([
      { id: 'm1', status: 'passed', score: 0.85, passedOn: '2026-11-02', belowPassMark: false },
      { id: 'm3', status: 'started', belowPassMark: false },
      { id: 'm5', status: 'not-started', belowPassMark: false },
    ]);
  });

  it('keeps the newer receipt, then the one with more passed, then by check', () => {
    const partial = receipt('Bo Ek', {
      learnerId: 'bo@x.se',
      madeOn: '2026-11-10',
      modules: [passed('m1'), { id: 'm3', status: 'started' }, { id: 'm5', status: 'not-started' }],
    });
    const whole = receipt('Bo Ek', { learnerId: 'bo@x.se', madeOn: '2026-11-20' });
    const sameDayMore = receipt('Bo Ek', { learnerId: 'bo@x.se', madeOn: '2026-11-10' });
    const pick = (...receipts: (typeof partial)[]) =>
      learnerRows(input({ receipts })).find((r) => r.name === 'Bo Ek')!;
    expect(pick(whole, partial).receipt).toBe(whole);
    expect(pick(partial, whole).receipt).toBe(whole);
    expect(pick(partial, sameDayMore).receipt).toBe(sameDayMore);
    expect(pick(partial, sameDayMore).older).toBe(1);
    const a = receipt('Bo Ek', { learnerId: 'bo@x.se', check: 'aaaa' });
    const b = receipt('Bo Ek', { learnerId: 'bo@x.se', check: 'bbbb' });
    expect(pick(a, b).receipt).toBe(pick(b, a).receipt);
  });

  it('is late when done after the due date, or not done once it has passed', () => {
    const lateDone = receipt('Bo Ek', {
      learnerId: 'bo@x.se',
      modules: MODULES.map((id) => passed(id, '2026-12-02')),
    });
    const rows = learnerRows(input({ receipts: [lateDone], today: '2026-12-05' }));
    expect(rows.map((r) => [r.name, r.status, r.late])).toEqual([
      ['Anna Berg', 'no-receipt', true],
      ['Anna Berg', 'no-receipt', true],
      ['Bo Ek', 'complete', true],
    ]);
    expect(isOnTime(rows[2]!)).toBe(false);
    const early = learnerRows(input({ receipts: [], today: '2026-11-30' }));
    expect(early.every((r) => !r.late)).toBe(true);
  });

  it('flags a pass below the pass mark and a module the course does not have, and never counts them done', () => {
    const low = receipt('Anna Berg', {
      learnerId: 'anna1@x.se',
      modules: [passed('m1', '2026-11-20', 0.5), passed('m3'), passed('m5')],
    });
    const odd = receipt('Anna Berg', {
      learnerId: 'anna2@x.se',
      modules: [passed('m1'), passed('m3'), passed('m5'), passed('m99')],
    });
    const rows = learnerRows(input({ receipts: [low, odd] }));
    expect(rows[0]!.flags).toEqual(['below-pass-mark']);
    expect(rows[0]!.modules[0]!.belowPassMark).toBe(true);
    expect(rows[1]!.flags).toEqual(['unknown-module']);
    expect(rows.slice(0, 2).map(isOnTime)).toEqual([false, false]);
    expect(groupCounts(rows).done).toBe(0);
  });

  it('adds a receipt from someone not in the roster as its own flagged row, after the roster', () => {
    const rows = learnerRows(input({ receipts: [receipt('Zara Ny', { learnerId: 'zara@x.se' })] }));
    expect(rows.at(-1)).toMatchObject({
      name: 'Zara Ny',
      identifier: 'zara@x.se',
      inRoster: false,
      flags: ['not-in-roster'],
    });
    expect(groupCounts(rows)).toMatchObject({ done: 0, of: 3, notInRoster: 1 });
  });

  it('matches by name when the assignment asks for no identifier, and counts rows without a roster', () => {
    const old = [receipt('anna  berg'), receipt('Bo Ek'), receipt('Cecilia Holm')];
    const rows = learnerRows(input({ roster: [{ name: 'Anna Berg' }], receipts: old }));
    expect(rows.map((r) => [r.name, r.inRoster])).toEqual([
      ['Anna Berg', true],
      ['Bo Ek', false],
      ['Cecilia Holm', false],
    ]);
    const alone = learnerRows(input({ roster: [], receipts: old }));
    expect(groupCounts(alone)).toMatchObject({ done: 3, of: 3, missing: [], notInRoster: 0 });
    expect(alone.every((r) => r.flags.length === 0)).toBe(true);
    expect(alone.map((r) => r.name)).toEqual(['anna  berg', 'Bo Ek', 'Cecilia Holm']);
  });

  it('finds learners by name or identifier', () => {
    const rows = learnerRows(input({}));
    expect(searchRows(rows, ' anna ').map((r) => r.identifier)).toEqual([
      'anna1@x.se',
      'anna2@x.se',
    ]);
    expect(searchRows(rows, 'BO@X').map((r) => r.name)).toEqual(['Bo Ek']);
    expect(searchRows(rows, '')).toHaveLength(3);
    expect(searchRows(rows, 'nobody')).toEqual([]);
  });
});

describe('a receipt the trainer pairs with a roster entry', () => {
  const mistyped = receipt('Bo Ek', { learnerId: 'bo@x.see' });
  const pairing = { receipt: 'id:bo@x.see', entry: 'id:bo@x.se' };

  it('is from someone not in the roster until paired, and the entry is missing', () => {
    const rows = learnerRows(input({ receipts: [mistyped] }));
    const outside = rows.find((r) => !r.inRoster)!;
    expect(outside).toMatchObject({ name: 'Bo Ek', receiptKey: 'id:bo@x.see' });
    expect(outside.flags).toEqual(['not-in-roster']);
    expect(groupCounts(rows).missing.map((r) => r.entryKey)).toEqual([
      'id:anna1@x.se',
      'id:anna2@x.se',
      'id:bo@x.se',
    ]);
  });

  it('then counts as the entry’s: one row, done, not missing, flagged with its own identifier', () => {
    const rows = learnerRows(input({ receipts: [mistyped], pairings: [pairing] }));
    expect(rows).toHaveLength(3);
    const bo = rows[2]!;
    expect([bo.name, bo.identifier, bo.status, bo.inRoster]).toEqual([
      'Bo Ek',
      'bo@x.se',
      'complete',
      true,
    ]);
    expect(bo.flags).toEqual(['paired']);
    expect(bo.pairedIdentifier).toBe('bo@x.see');
    expect(isOnTime(bo)).toBe(true);
    const counts = groupCounts(rows);
    expect([counts.done, counts.notInRoster, counts.missing.length]).toEqual([1, 0, 2]);
  });

  it('leaves a receipt that matches an entry by itself where it is, and ignores a pairing to no entry', () => {
    const rows = learnerRows(
      input({
        receipts: [receipt('Anna Berg', { learnerId: 'anna1@x.se' }), mistyped],
        pairings: [
          { receipt: 'id:anna1@x.se', entry: 'id:bo@x.se' },
          { receipt: 'id:bo@x.see', entry: 'id:gone@x.se' },
        ],
      }),
    );
    expect(rows[0]).toMatchObject({ identifier: 'anna1@x.se', status: 'complete', flags: [] });
    expect(rows[2]).toMatchObject({ identifier: 'bo@x.se', status: 'no-receipt' });
    expect(rows[3]).toMatchObject({ inRoster: false, flags: ['not-in-roster'] });
  });

  it('pairs a receipt without an identifier by its name', () => {
    const rows = learnerRows(
      input({
        receipts: [receipt('Bosse Ek')],
        pairings: [{ receipt: 'name:bosse ek', entry: 'id:bo@x.se' }],
      }),
    );
    expect(rows).toHaveLength(3);
    expect(rows[2]!.flags).toEqual(['name-differs', 'paired']);
  });
});
