/**
 * The trainer's import, as the trainer sees it: what is pasted or chosen,
 * the summary, and each problem in words that say whose receipt it was.
 */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useRef, useState } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import { type ImportOutcome, ImportReport } from '@/features/assignment/import-report';
import { ReceiptImport } from '@/features/assignment/receipt-import';
import { encodeReceiptCode, receiptToJson } from '@/features/assignment/receipt-codec';
import { renderWithRouter, setupI18n } from '../render';
import { realisticReceipt } from './arbitraries';

/** The import and its report, every good receipt counted as added. */
function Import() {
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const summary = useRef<HTMLParagraphElement>(null);
  return (
    <>
      <ReceiptImport
        onRead={({ items, read }) =>
          setOutcome({
            added: items.filter((item) => item.result.ok).length,
            merged: 0,
            failed: items.filter((item) => !item.result.ok),
            read,
          })
        }
      />
      <ImportReport outcome={outcome} summaryRef={summary} />
    </>
  );
}

const kim = await encodeReceiptCode(realisticReceipt);
const ahmed = await encodeReceiptCode({ ...realisticReceipt, name: 'Ahmed Yusuf' });
const bo = await encodeReceiptCode({ ...realisticReceipt, name: 'Bo Ek' });

/** Hard-wrapped every 76 characters, as a mail client sends it. */
const wrap76 = (text: string, eol = '\r\n') => text.match(/.{1,76}/gs)!.join(eol);

const problems = () =>
  within(screen.getByRole('region', { name: 'Det här kunde inte läsas' }))
    .getAllByRole('listitem')
    .map((li) => li.textContent);

beforeAll(async () => {
  await setupI18n('sv');
});

describe('pasting receipts from e-mail', () => {
  it('finds codes in a quoted reply, wrapped and inside sentences, and keeps the text', async () => {
    const { user } = renderWithRouter(<Import />);
    const reply = [
      'Tack! Jag läser in dem i morgon.',
      '',
      'Den 1 dec. 2026 kl. 09:14 skrev Ahmed Yusuf <ahmed@kommunen.se>:',
      ...wrap76(`Hej Anna, här är min kod: ${ahmed} /Ahmed`, '\n')
        .split('\n')
        .map((line) => `> ${line}`),
      '',
      `Kim skickade sin också: ${kim}`,
      `och Ahmeds igen: ${ahmed}`,
    ].join('\r\n');

    const field = screen.getByLabelText('Klistra in kvittokoder');
    await user.click(field);
    await user.paste(reply);
    await user.click(screen.getByRole('button', { name: 'Läs in koderna' }));

    expect(
      await screen.findByText(
        '2 koder lästa: 2 kvitton, inga problem. 1 kod fanns med mer än en gång och lästes en gång.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Det här kunde inte läsas' })).toBeNull();
    expect(field).toHaveValue(reply.replace(/\r\n/g, '\n'));

    await user.click(screen.getByRole('button', { name: 'Töm rutan' }));
    expect(field).toHaveValue('');
    expect(field).toHaveFocus();
  });

  it('names the learner of a cut-short code when it can, and otherwise quotes its start', async () => {
    const { user } = renderWithRouter(<Import />);
    await user.click(screen.getByLabelText('Klistra in kvittokoder'));
    await user.paste(
      [
        `Från Ahmed: ${wrap76(ahmed.slice(0, 300))}`,
        `Från Bo: ${bo.slice(0, 40)}`,
        `Från Kim: ${kim.replace(/\.(.{7})$/, '.AAAAAAA')}`,
      ].join('\n'),
    );
    await user.click(screen.getByRole('button', { name: 'Läs in koderna' }));

    expect(await screen.findByText('3 koder lästa: inga kvitton, 3 problem.')).toBeInTheDocument();
    expect(problems()).toEqual([
      'Kvittot från Ahmed Yusuf (rad 1): koden är inte komplett. En del av den har fallit bort.',
      `Koden ”${bo.slice(0, 12)}…” (rad 5): koden är inte komplett. En del av den har fallit bort.`,
      'Kvittot från Kim Andersson (rad 6): kvittot har ändrats efter att det skapades. Kontrollsumman stämmer inte.',
    ]);
  });

  it('says so when the text has no code at all', async () => {
    const { user } = renderWithRouter(<Import />);
    await user.click(screen.getByLabelText('Klistra in kvittokoder'));
    await user.paste('Hej! Jag har gjort kursen nu. /Bo');
    await user.click(screen.getByRole('button', { name: 'Läs in koderna' }));
    expect(
      await screen.findByText(/^Ingen kvittokod hittades i texten\. En kvittokod börjar med R/),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Klistra in kvittokoder')).toHaveValue(
      'Hej! Jag har gjort kursen nu. /Bo',
    );
  });
});

describe('choosing receipt files', () => {
  const png = new Uint8Array([
    0x89,
    0x50,
    0x4e,
    0x47,
    0x0d,
    0x0a,
    0x1a,
    0x0a,
    0,
    0,
    0,
    0x0d,
    0x49,
    0x48,
    0x44,
    0x52,
    ...Array.from({ length: 2000 }, (_, n) => (n * 37) % 256),
  ]);
  const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 0x08, 0, ...new Array(500)]);

  it('gives one message for a picture or a zip, however many lines it has, and counts files and codes', async () => {
    renderWithRouter(<Import />);
    // As when "All files" is chosen in the file dialog: the input's accept list is only a hint.
    const user = userEvent.setup({ applyAccept: false });
    await user.upload(screen.getByLabelText('Välj kvittofiler'), [
      new File([png], 'skärmbild.png', { type: 'image/png' }),
      new File([zip], 'kvitton.zip', { type: 'application/zip' }),
      new File([receiptToJson(realisticReceipt)], 'kim.json', { type: 'application/json' }),
      new File([`Koder från gruppen:\r\n${wrap76(ahmed)}\r\n\r\n${bo}\r\n`], 'koder.txt', {
        type: 'text/plain',
      }),
      new File(['Inga koder här.\nBara text.\n'], 'anteckningar.txt', { type: 'text/plain' }),
    ]);

    expect(
      await screen.findByText('5 filer och 2 koder lästa: 3 kvitton, 3 problem.'),
    ).toBeInTheDocument();
    expect(problems()).toEqual([
      'Filen skärmbild.png: det är ingen textfil utan kanske en bild, en pdf eller en zip-fil. Välj kvittofilen (.json) eller en textfil med koder.',
      'Filen kvitton.zip: det är ingen textfil utan kanske en bild, en pdf eller en zip-fil. Välj kvittofilen (.json) eller en textfil med koder.',
      'Filen anteckningar.txt: det finns ingen kvittokod i filen.',
    ]);
  });

  it('names the learner of a changed receipt file, and says where a code in a file was', async () => {
    const { user } = renderWithRouter(<Import />);
    const changed = receiptToJson(realisticReceipt).replace('"score": 0.9', '"score": 1');
    await user.upload(screen.getByLabelText('Välj kvittofiler'), [
      new File([changed], 'kim.json', { type: 'application/json' }),
      new File([`Rad ett\n\n${bo.slice(0, 50)}\n`], 'bo.txt', { type: 'text/plain' }),
      new File(['{"format": "mutkollen-receipt", "name": "Eva'], 'eva.json'),
    ]);
    expect(
      await screen.findByText('3 filer och 1 kod lästa: inga kvitton, 3 problem.'),
    ).toBeInTheDocument();
    expect(problems()).toEqual([
      'Kvittot från Kim Andersson (filen kim.json): kvittot har ändrats efter att det skapades. Kontrollsumman stämmer inte.',
      `Koden ”${bo.slice(0, 12)}…” (filen bo.txt, rad 3): koden är inte komplett. En del av den har fallit bort.`,
      'Filen eva.json: det är inte en kvittofil från Mutkollen.',
    ]);
  });
});

describe('in English', () => {
  it('counts files and codes in plain English', async () => {
    await setupI18n('en');
    try {
      const { user } = renderWithRouter(<Import />);
      await user.upload(screen.getByLabelText('Choose receipt files'), [
        new File([receiptToJson(realisticReceipt)], 'kim.json', { type: 'application/json' }),
      ]);
      expect(await screen.findByText('1 file read: 1 receipt, no problems.')).toBeInTheDocument();
      await user.click(screen.getByLabelText('Paste receipt codes'));
      await user.paste(`Here you are: ${bo.slice(0, 60)}`);
      await user.click(screen.getByRole('button', { name: 'Import the codes' }));
      expect(await screen.findByText('1 code read: no receipts, 1 problem.')).toBeInTheDocument();
      expect(screen.getByRole('listitem')).toHaveTextContent(
        `The code “${bo.slice(0, 12)}…” (line 1): the code is incomplete. Part of it is missing.`,
      );
    } finally {
      await setupI18n('sv');
    }
  });
});
