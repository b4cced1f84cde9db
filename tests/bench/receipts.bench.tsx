/**
 * A benchmark, not a timed test: 250 generated receipt codes, pasted as one
 * text (some wrapped as e-mail wraps them, some inside a sentence), read by
 * read-receipts, made into rows by learnerRows and the table rendered in
 * jsdom. It prints the milliseconds of each step; the target is under 2 s in all.
 */
import { render, screen } from '@testing-library/react';
import { beforeAll, expect, it } from 'vitest';
import { readPastedText } from '@/features/assignment/read-receipts';
import type { Receipt } from '@/features/assignment/receipt';
import { encodeReceiptCode } from '@/features/assignment/receipt-codec';
import { groupCounts, learnerRows } from '@/features/group/learner-rows';
import { LearnerTable } from '@/features/group/learner-table';
import type { RosterEntry } from '@/features/group/roster-parse';
import { setupI18n } from '../unit/render';

const COUNT = 250;
const MODULES = ['what-is-corruption', 'bribes', 'conflicts-of-interest'];

beforeAll(async () => {
  await setupI18n('sv');
});

const email = (i: number) => `deltagare${i}@kommun.se`;

/** Every fifth learner has started the last module but not passed it. */
function receiptOf(i: number): Receipt {
  const partial = i % 5 === 0;
  const modules: Receipt['modules'] = MODULES.map((id, m) =>
    partial && m === 2
      ? { id, status: 'started' }
      : {
          id,
          status: 'passed',
          score: 0.8 + (i % 3) / 10,
          passedOn: `2026-11-${String(10 + ((m + i) % 15)).padStart(2, '0')}`,
        },
  );
  const receipt: Receipt = {
    name: `Deltagare ${i} Svensson`,
    language: 'sv',
    learnerId: email(i),
    assignment: {
      id: 'bench-assignment',
      title: 'Mutor och jäv 2026',
      organisation: 'Kommunen',
      passMark: 0.8,
      due: '2026-11-30',
      identifiedBy: 'email',
    },
    modules,
    madeOn: '2026-11-28',
    courseVersion: '1.0.0',
  };
  if (!partial) receipt.completedOn = '2026-11-28';
  return receipt;
}

/** A code as an e-mail program might send it: wrapped at 76 characters, or inside a sentence. */
function asMailed(code: string, i: number): string {
  if (i % 3 === 0) return code.replace(/(.{76})/g, '$1\n');
  if (i % 3 === 1) return `Hej, här är min kod: ${code} /Deltagare ${i}`;
  return code;
}

it(`imports ${COUNT} receipts and renders the table`, async () => {
  const codes: string[] = [];
  for (let i = 0; i < COUNT; i++) codes.push(asMailed(await encodeReceiptCode(receiptOf(i)), i));
  const text = codes.join('\n\n');
  const roster: RosterEntry[] = Array.from({ length: COUNT }, (_, i) => ({
    name: `Deltagare ${i} Svensson`,
    identifier: email(i),
    email: email(i),
  }));

  const t0 = performance.now();
  const batch = await readPastedText(text);
  const t1 = performance.now();
  const receipts = batch.items.flatMap((item) =>
    item.result.ok ? [{ receipt: item.result.receipt, check: item.result.check }] : [],
  );
  const rows = learnerRows({
    roster,
    receipts,
    modules: MODULES,
    knownModules: new Set(MODULES),
    due: '2026-11-30',
    today: '2026-11-29',
  });
  const t2 = performance.now();
  render(
    <LearnerTable
      rows={rows}
      counts={groupCounts(rows)}
      modules={MODULES}
      moduleTitle={(id) => id}
      identifiedBy="email"
    />,
  );
  const t3 = performance.now();

  expect(receipts).toHaveLength(COUNT);
  expect(screen.getAllByRole('row')).toHaveLength(COUNT + 1);
  const ms = (a: number, b: number) => `${Math.round(b - a)} ms`;
  console.log(
    [
      `Receipts benchmark, ${COUNT} receipt codes (${Math.round(text.length / 1024)} KB of pasted text):`,
      `  read the codes (read-receipts):  ${ms(t0, t1)}`,
      `  rows (learnerRows):              ${ms(t1, t2)}`,
      `  render the table (jsdom):        ${ms(t2, t3)}`,
      `  in all:                          ${ms(t0, t3)} (target under 2000 ms)`,
    ].join('\n'),
  );
});
