import { screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import ResultsPage from '@/app/routes/results-page';
import { encodeReceiptCode, receiptToJson } from '@/features/assignment/receipt-codec';
import { renderWithRouter, setupI18n } from '../render';
import { realisticReceipt } from './arbitraries';
import { installCourse, sameInEveryLanguage } from '../content-seam';
import { catalogue } from '../progress/fixtures';

beforeAll(() => installCourse(sameInEveryLanguage(catalogue)));

beforeAll(async () => {
  await setupI18n('sv');
});

const jsonFile = (name: string, text: string) =>
  new File([text], name, { type: 'application/json' });

/** The data rows of the results table. */
const dataRows = () => within(screen.getByRole('table')).getAllByRole('row').slice(1);

describe('the results page', () => {
  it('imports one good and one broken receipt: one row, one error with the file and the reason', async () => {
    const { user } = renderWithRouter(<ResultsPage />, { route: '/trainer/results' });
    expect(
      screen.getByText(
        'Filerna och koderna läses bara i din webbläsare. Inget laddas upp någonstans.',
      ),
    ).toBeInTheDocument();

    const good = receiptToJson(realisticReceipt);
    const broken = good.replace('"score": 0.9', '"score": 1');
    await user.upload(screen.getByLabelText('Välj kvittofiler'), [
      jsonFile('kim.json', good),
      jsonFile('andrad.json', broken),
    ]);

    expect(await screen.findByRole('table')).toBeInTheDocument();
    expect(dataRows()).toHaveLength(1);
    const row = dataRows()[0]!;
    expect(within(row).getByRole('rowheader')).toHaveTextContent('Kim Andersson');
    expect(row).toHaveTextContent(realisticReceipt.assignment.title);
    expect(row).toHaveTextContent(/Vad är korruption\? – 90\s%, klar 23 november 2026/);
    expect(row).toHaveTextContent('I tid');

    const errors = screen.getByRole('region', { name: 'Det här kunde inte läsas' });
    expect(
      within(errors)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Kvittot från Kim Andersson (filen andrad.json): kvittot har ändrats efter att det skapades. Kontrollsumman stämmer inte.',
    ]);
    expect(screen.getByText('2 filer lästa: 1 kvitto, 1 problem.')).toHaveFocus();
  });

  it('reads pasted codes, counts a code pasted twice once and quotes the start of a broken one', async () => {
    const { user } = renderWithRouter(<ResultsPage />, { route: '/trainer/results' });
    const code = await encodeReceiptCode(realisticReceipt);
    const late = await encodeReceiptCode({
      ...realisticReceipt,
      name: 'Bo Ek',
      completedOn: '2026-12-20',
    });

    await user.click(screen.getByLabelText('Klistra in kvittokoder'));
    await user.paste([code, '', code.slice(0, 30), late, code, 'hej'].join('\n'));
    await user.click(screen.getByRole('button', { name: 'Läs in koderna' }));

    expect(
      await screen.findByText(
        '3 koder lästa: 2 kvitton, 1 problem. 1 kod fanns med mer än en gång och lästes en gång.',
      ),
    ).toBeInTheDocument();
    expect(dataRows().map((r) => within(r).getByRole('rowheader').textContent)).toEqual([
      'Bo Ek',
      'Kim Andersson',
    ]);
    expect(dataRows()[0]).toHaveTextContent('Sent');
    const errors = screen.getByRole('region', { name: 'Det här kunde inte läsas' });
    expect(
      within(errors)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      `Koden ”${code.slice(0, 12)}…” (rad 3): koden är inte komplett. En del av den har fallit bort.`,
    ]);

    await user.selectOptions(screen.getByLabelText('I tid eller sent'), 'on-time');
    expect(dataRows().map((r) => within(r).getByRole('rowheader').textContent)).toEqual([
      'Kim Andersson',
    ]);
    await user.selectOptions(screen.getByLabelText('I tid eller sent'), 'all');
    await user.selectOptions(screen.getByLabelText('Sortera efter'), 'date');
    expect(dataRows().map((r) => within(r).getByRole('rowheader').textContent)).toEqual([
      'Kim Andersson',
      'Bo Ek',
    ]);
  });

  it('downloads CSV for Swedish Excel: BOM, semicolons, decimal comma, CRLF', async () => {
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:test';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const { user } = renderWithRouter(<ResultsPage />, { route: '/trainer/results' });
    const receipt = {
      ...realisticReceipt,
      name: 'Åsa "Åsen" Öberg',
      modules: [
        {
          id: 'what-is-corruption',
          status: 'passed' as const,
          score: 7 / 9,
          passedOn: '2026-11-23',
        },
      ],
    };
    await user.upload(screen.getByLabelText('Välj kvittofiler'), [
      jsonFile('asa.json', receiptToJson(receipt)),
    ]);
    await screen.findByRole('table');

    await user.click(screen.getByRole('button', { name: 'Ladda ned CSV' }));

    expect(blobs).toHaveLength(1);
    const bytes = new Uint8Array(await blobs[0]!.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes.slice(3)).split('\r\n');
    expect(lines[0]).toMatch(/^Namn;Uppdrag;Organisation;/);
    expect(lines[1]).toContain('"Åsa ""Åsen"" Öberg";');
    expect(lines[1]).toContain(';Vad är korruption?;77,8;2026-11-23;80;');
    expect(lines[2]).toBe('');
  });
});
