/**
 * The trainer's table of today (engineer C replaces it) with receipts of
 * progress: a receipt of part of an assignment is "not finished", never on
 * time, and a complete one for the same learner is the one kept.
 */
import { describe, expect, it } from 'vitest';
import type { Receipt } from '@/features/assignment/receipt';
import { addReceipts, csvRows, timeliness } from '@/features/assignment/results';
import { realisticReceipt } from './arbitraries';

const partial: Receipt = {
  ...realisticReceipt,
  modules: [
    { id: 'what-is-corruption', status: 'passed', score: 0.9, passedOn: '2026-11-23' },
    { id: 'bribery-and-the-law', status: 'started' },
  ],
  madeOn: '2026-11-30',
};
delete partial.completedOn;

describe('the results table with receipts of progress', () => {
  it('marks a receipt of part of the assignment as not finished, even before the due date', () => {
    expect(timeliness(partial)).toBe('unfinished');
    expect(timeliness(realisticReceipt)).toBe('on-time');
  });

  it('keeps the complete receipt of a learner over a later one of less progress', () => {
    const { rows, merged } = addReceipts(
      [],
      [
        { receipt: realisticReceipt, check: 'a' },
        { receipt: partial, check: 'b' },
      ],
    );
    expect(merged).toBe(1);
    expect(rows.map((r) => r.check)).toEqual(['a']);
  });

  it('leaves the date and score of a module not passed empty in the CSV', () => {
    const { rows } = addReceipts([], [{ receipt: partial, check: 'b' }]);
    const lines = csvRows(rows, {
      columns: ['header'],
      timeliness: { 'on-time': 'I tid', late: 'Sent', 'no-due': '–', unfinished: 'Inte klar' },
      moduleTitle: (id) => id,
    });
    expect(lines[2]).toEqual([
      'Kim Andersson',
      realisticReceipt.assignment.title,
      realisticReceipt.assignment.organisation,
      realisticReceipt.assignment.id,
      '2026-12-18',
      '',
      'Inte klar',
      'bribery-and-the-law',
      '',
      '',
      80,
      '0.1.0',
      'b',
    ]);
  });
});
