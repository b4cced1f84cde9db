import { describe, expect, it } from 'vitest';
import { toCsv } from '@/lib/csv';
import { learnerRows } from '@/features/group/learner-rows';
import { longCsvRows, type ResultsCsvLabels, wideCsvRows } from '@/features/group/results-csv';
import { KNOWN, MODULES, passed, receipt } from './receipt-fixtures';

const labels: ResultsCsvLabels = {
  column: (c) => c,
  moduleColumn: (title, part) => `${title} ${part}`,
  moduleTitle: (id) => id.toUpperCase(),
  moduleStatus: { passed: 'Klar', started: 'Påbörjad', 'not-started': 'Inte påbörjad' },
  status: {
    complete: 'Klar',
    started: 'Påbörjad',
    'not-started': 'Inte påbörjad',
    'no-receipt': 'Inget kvitto',
  },
  timeliness: { 'on-time': 'I tid', late: 'Sent', 'no-due': '', check: 'Kontrollera', open: '' },
  flag: (flag) =>
    ({
      'below-pass-mark': 'under godkänd nivå',
      'unknown-module': 'okänd modul',
      'not-in-roster': 'inte i listan',
      'name-differs': 'annat namn',
      paired: 'kopplad',
    })[flag],
};

const rows = learnerRows({
  roster: [
    { name: 'Anna Berg', identifier: '0012', email: 'anna@x.se' },
    { name: 'Bo Ek', identifier: '0013' },
  ],
  receipts: [
    receipt('Anna Berg', {
      learnerId: '0012',
      check: '00e00',
      modules: [
        passed('m1', '2026-11-02', 0.85),
        { id: 'm3', status: 'started' },
        { id: 'm5', status: 'not-started' },
      ],
    }),
  ],
  modules: MODULES,
  knownModules: KNOWN,
  due: '2026-11-30',
  today: '2026-11-25',
});

const lines = (csv: string) => csv.slice(1).split('\r\n').slice(0, -1);

describe('the results as CSV', () => {
  it('has one row per learner with the modules as columns, identifiers and checks as text', () => {
    expect(lines(toCsv(wideCsvRows(rows, MODULES, labels)))).toEqual([
      'name;identifier;email;M1 status;M1 score;M3 status;M3 score;M5 status;M5 score;status;completed;due;timeliness;flags;madeOn;check',
      'Anna Berg;"=""0012""";"=""anna@x.se""";Klar;85;Påbörjad;;Inte påbörjad;;Påbörjad;;2026-11-30;;;2026-11-20;"=""00e00"""',
      'Bo Ek;"=""0013""";;;;;;;;Inget kvitto;;2026-11-30;;;;',
    ]);
  });

  it('keeps the long format: one row per learner with a receipt and module', () => {
    const long = lines(toCsv(longCsvRows(rows, labels)));
    expect(long).toHaveLength(1 + MODULES.length);
    expect(long[1]).toBe(
      'Anna Berg;"=""0012""";Mutor och jäv;Kommunen;"=""a1""";2026-11-30;;;M1;Klar;85;2026-11-02;80;1.0.0;"=""00e00"""',
    );
    expect(long[2]).toContain(';M3;Påbörjad;;;80;');
  });

  it('says "Kontrollera", never "I tid", for a pass below the pass mark', () => {
    const low = learnerRows({
      roster: [],
      receipts: [receipt('Kim', { modules: MODULES.map((id) => passed(id, '2026-11-02', 0.5)) })],
      modules: MODULES,
      knownModules: KNOWN,
      today: '2026-11-25',
    });
    const [, line] = lines(toCsv(wideCsvRows(low, MODULES, labels)));
    expect(line).toContain(';Kontrollera;under godkänd nivå;');
    expect(line).not.toContain('I tid');
  });
});
