/**
 * Writes tests/fixtures/wire/*-v2* once, with today's (version 2) encoders,
 * before link format 3 and receipt format 3 replace them. Run once, then removed.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { it } from 'vitest';
import { decodeAssignment, encodeAssignment } from '@/features/assignment/assignment-link';
import type { AssignmentDraft } from '@/domain/assignment';
import {
  decodeReceiptCode,
  decodeReceiptJson,
  encodeReceiptCode,
  receiptFileName,
  receiptToJson,
} from '@/features/assignment/receipt-codec';
import type { Receipt } from '@/features/assignment/receipt';

const DIR = 'tests/fixtures/wire';
const read = <T>(file: string): T => JSON.parse(readFileSync(`${DIR}/${file}`, 'utf8')) as T;
const write = (file: string, value: unknown) =>
  writeFileSync(`${DIR}/${file}`, `${JSON.stringify(value, null, 2)}\n`);

it('writes the v2 fixtures', async () => {
  const v1Links =
    read<{ label: string; assignment: AssignmentDraft & { id?: string } }[]>('links-v1.json');
  const drafts: { label: string; draft: AssignmentDraft }[] = v1Links.map(
    ({ label, assignment }) => {
      const { id: _id, ...draft } = assignment;
      return { label, draft };
    },
  );
  drafts.push({
    label: 'twelve modules, ids v1 never had, pass mark 55 %',
    draft: {
      title: 'Fördjupning för chefer',
      organisation: 'Norrby kommun',
      contact: 'Eva Berg, 070-123 45 67',
      modules: [
        'what-is-corruption',
        'bribery-and-the-law',
        'benefits-and-four-questions',
        'procurement-risks',
        'conflicts-of-interest',
        'preventing-and-reporting',
        'suppliers-and-supply-chain',
        'module-eight',
        'module-nine',
        'module-ten',
        'module-11',
        'x',
      ],
      passMark: 0.55,
      due: '2027-02-28',
    },
  });
  const links = [];
  for (const { label, draft } of drafts) {
    const code = await encodeAssignment(draft);
    const decoded = await decodeAssignment(code);
    if (!decoded.ok) throw new Error(label);
    links.push({ label, code, assignment: decoded.assignment });
  }
  write('links-v2.json', links);

  const v1Receipts = read<{ label: string; receipt: Receipt }[]>('receipt-codes-v1.json');
  const receipts: { label: string; receipt: Receipt }[] = v1Receipts.map(
    ({ label, receipt }, i) => ({
      label,
      receipt: { ...receipt, language: i === 1 ? 'en' : 'sv' },
    }),
  );
  const codes = [];
  const files = [];
  for (const [i, { label, receipt }] of receipts.entries()) {
    const code = await encodeReceiptCode(receipt);
    const fromCode = await decodeReceiptCode(code);
    if (!fromCode.ok) throw new Error(label);
    codes.push({ label, code, receipt: fromCode.receipt, check: fromCode.check });
    const file = `receipt-v2-${i + 1}.json`;
    const text = receiptToJson(receipt);
    writeFileSync(`${DIR}/${file}`, text);
    const fromFile = decodeReceiptJson(text);
    if (!fromFile.ok) throw new Error(label);
    files.push({
      label,
      file,
      downloadedAs: receiptFileName(receipt),
      receipt: fromFile.receipt,
      check: fromFile.check,
    });
  }
  write('receipt-codes-v2.json', codes);
  write('receipt-files-v2.json', files);
});
