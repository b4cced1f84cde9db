import { screen, within } from '@testing-library/react';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import ResultsPage from '@/app/routes/results-page';
import { encodeReceiptCode, receiptToJson } from '@/features/assignment/receipt-codec';
import { useTrainerStore } from '@/features/group/trainer-store';
import { renderWithRouter, setupI18n } from '../render';
import { realisticReceipt } from './arbitraries';
import { installCourse, sameInEveryLanguage } from '../content-seam';
import { catalogue } from '../progress/fixtures';

beforeAll(() => installCourse(sameInEveryLanguage(catalogue)));
beforeAll(async () => {
  await setupI18n('sv');
});
beforeEach(() => {
  useTrainerStore.setState({ groups: {}, undoable: null });
});

const jsonFile = (name: string, text: string) =>
  new File([text], name, { type: 'application/json' });

/** The data rows of the learners' table. */
const dataRows = () => within(screen.getByRole('table')).getAllByRole('row').slice(1);
const names = () => dataRows().map((r) => within(r).getByRole('rowheader').textContent);

describe('the results page', () => {
  it('imports one good and one broken receipt: one row, one error, kept after a reload', async () => {
    const first = renderWithRouter(<ResultsPage />, { route: '/trainer/results' });
    expect(
      screen.getByText(
        'Filerna och koderna läses bara i din webbläsare. Inget laddas upp någonstans.',
      ),
    ).toBeInTheDocument();
    const good = receiptToJson(realisticReceipt);
    const broken = good.replace('"score": 0.9', '"score": 1');
    await first.user.upload(screen.getByLabelText('Välj kvittofiler'), [
      jsonFile('kim.json', good),
      jsonFile('andrad.json', broken),
    ]);

    expect(await screen.findByRole('table', { name: '1 av 1 klara' })).toBeInTheDocument();
    expect(names()).toEqual(['Kim Andersson']);
    expect(dataRows()[0]).toHaveTextContent(/Klar 90\s%\s*den 23 nov. 2026/);
    expect(dataRows()[0]).toHaveTextContent('✓ I tid');
    const errors = screen.getByRole('region', { name: 'Det här kunde inte läsas' });
    expect(
      within(errors)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Kvittot från Kim Andersson (filen andrad.json): kvittot har ändrats efter att det skapades. Kontrollsumman stämmer inte.',
    ]);
    expect(screen.getByText('2 filer lästa: 1 kvitto, 1 problem.')).toHaveFocus();
    expect(screen.getByLabelText('Uppdrag')).toHaveDisplayValue(
      `${realisticReceipt.assignment.title} (1 kvitto)`,
    );
    expect(localStorage.getItem('mutkollen-trainer')).toContain(realisticReceipt.assignment.id);

    first.unmount();
    renderWithRouter(<ResultsPage />, { route: '/trainer/results' });
    expect(await screen.findByRole('table', { name: '1 av 1 klara' })).toBeInTheDocument();
    expect(names()).toEqual(['Kim Andersson']);
  });

  it('follows a roster: "x av N klara", the missing, and the pasted codes stay in the field', async () => {
    const { user } = renderWithRouter(<ResultsPage />, { route: '/trainer/results' });
    const kim = await encodeReceiptCode(realisticReceipt);
    const bo = await encodeReceiptCode({ ...realisticReceipt, name: 'Bo Ek' });
    const pasted = `Hej! Här är min kod: ${kim.replace(/(.{76})/g, '$1\n')} /Kim\n\n${bo}`;
    await user.click(screen.getByLabelText('Klistra in kvittokoder'));
    await user.paste(pasted);
    await user.click(screen.getByRole('button', { name: 'Läs in koderna' }));
    expect(await screen.findByText('2 koder lästa: 2 kvitton, inga problem.')).toBeInTheDocument();
    expect(screen.getByLabelText('Klistra in kvittokoder')).toHaveValue(pasted);

    await user.click(screen.getByLabelText('Klistra in deltagarlistan'));
    await user.paste(
      'Namn;E-post\nKim Andersson;kim@x.se\nBo Ek;bo@x.se\nCecilia Holm;cecilia@x.se',
    );
    await user.click(screen.getByRole('button', { name: 'Läs in listan' }));

    expect(await screen.findByRole('table', { name: '2 av 3 klara' })).toBeInTheDocument();
    expect(names()).toEqual(['Kim Andersson', 'Bo Ek', 'Cecilia Holm']);
    expect(dataRows()[2]).toHaveTextContent('Inget kvitto');
    const missing = screen.getByRole('region', { name: 'Har inte skickat något kvitto: 1' });
    expect(
      within(missing).getByRole('link', { name: 'Skriv en påminnelse till dem' }),
    ).toHaveAttribute('href', expect.stringContaining('mailto:?bcc=cecilia%40x.se'));
  });

  it('downloads CSV with one row per learner, for Swedish Excel', async () => {
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:test';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const { user } = renderWithRouter(<ResultsPage />, { route: '/trainer/results' });
    const receipt = { ...realisticReceipt, name: 'Åsa "Åsen" Öberg' };
    await user.upload(screen.getByLabelText('Välj kvittofiler'), [
      jsonFile('asa.json', receiptToJson(receipt)),
    ]);
    await screen.findByRole('table');

    await user.click(screen.getByRole('button', { name: 'Ladda ned CSV, en rad per deltagare' }));
    // The CSV writer loads on the first download.
    await vi.waitFor(() => expect(blobs).toHaveLength(1));
    await user.click(
      screen.getByRole('button', { name: 'Ladda ned CSV, en rad per deltagare och modul' }),
    );

    await vi.waitFor(() => expect(blobs).toHaveLength(2));
    const bytes = new Uint8Array(await blobs[0]!.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const wide = new TextDecoder().decode(bytes.slice(3)).split('\r\n');
    expect(wide[0]).toMatch(/^Namn;Identitet;E-post;Vad är korruption\?: status;/);
    expect(wide[1]).toMatch(/^"Åsa ""Åsen"" Öberg";;;Klar;90;/);
    expect(wide[2]).toBe('');
    const long = (await blobs[1]!.text()).slice(1).split('\r\n');
    expect(long).toHaveLength(2 + realisticReceipt.modules.length);
    expect(long[1]).toContain(';Vad är korruption?;Klar;90;2026-11-23;80;');
  });
});
