import { screen, within } from '@testing-library/react';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import ResultsPage from '@/app/routes/results-page';
import { encodeReceiptCode } from '@/features/assignment/receipt-codec';
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

const people = Array.from({ length: 25 }, (_, i) => ({
  name: `Person ${String(i + 1).padStart(2, '0')} Ek`,
  email: `person${i + 1}@kommun.se`,
}));

describe('following a group of 25', () => {
  it('shows 20 of 25 done after a reload, the five missing, and a CSV row per learner', async () => {
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:test';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});

    const first = renderWithRouter(<ResultsPage />, { route: '/trainer/results' });
    const codes = await Promise.all(
      people.slice(0, 20).map((p) => encodeReceiptCode({ ...realisticReceipt, name: p.name })),
    );
    // One code as an e-mail program wraps it, one inside a sentence.
    const mail = [
      codes[0]!.replace(/(.{76})/g, '$1\n'),
      `Hej, här är min kod: ${codes[1]} /Person 02`,
      ...codes.slice(2),
    ].join('\n\n');
    await first.user.click(screen.getByLabelText('Klistra in kvittokoder'));
    await first.user.paste(mail);
    await first.user.click(screen.getByRole('button', { name: 'Läs in koderna' }));
    expect(
      await screen.findByText('20 koder lästa: 20 kvitton, inga problem.'),
    ).toBeInTheDocument();

    await first.user.click(screen.getByLabelText('Klistra in deltagarlistan'));
    await first.user.paste(
      ['Namn;E-post', ...people.map((p) => `${p.name};${p.email}`)].join('\n'),
    );
    await first.user.click(screen.getByRole('button', { name: 'Läs in listan' }));
    await screen.findByRole('table', { name: '20 av 25 klara' });
    first.unmount();

    const { user } = renderWithRouter(<ResultsPage />, { route: '/trainer/results' });
    const table = await screen.findByRole('table', { name: '20 av 25 klara' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(25);
    expect(rows.filter((r) => r.textContent?.includes('✓ I tid'))).toHaveLength(20);
    const missing = screen.getByRole('region', { name: 'Har inte skickat något kvitto: 5' });
    expect(
      within(missing)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(people.slice(20).map((p) => p.name));
    expect(
      within(missing).getByRole('link', { name: 'Skriv en påminnelse till dem' }),
    ).toHaveAttribute(
      'href',
      expect.stringContaining(
        people
          .slice(20)
          .map((p) => encodeURIComponent(p.email))
          .join(','),
      ),
    );

    await user.click(screen.getByRole('button', { name: 'Ladda ned CSV, en rad per deltagare' }));
    await vi.waitFor(() => expect(blobs).toHaveLength(1));
    const lines = (await blobs[0]!.text()).slice(1).trim().split('\r\n');
    expect(lines).toHaveLength(1 + 25);
    expect(lines[1]).toMatch(/^Person 01 Ek;;"=""person1@kommun.se""";Klar;90;Klar;100;Klar;/);
    expect(lines[25]).toMatch(/^Person 25 Ek;;"=""person25@kommun.se""";;;;;Inget kvitto;/);
  });
});

describe('a group identified by e-mail', () => {
  it('keeps two people with the same name apart and shows a receipt of progress per module', async () => {
    const { user } = renderWithRouter(<ResultsPage />, { route: '/trainer/results' });
    const byEmail = (name: string, learnerId: string) => ({
      ...realisticReceipt,
      name,
      learnerId,
      assignment: { ...realisticReceipt.assignment, identifiedBy: 'email' as const },
    });
    const partial = {
      ...byEmail('Anna Berg', 'anna.b@kommun.se'),
      modules: [
        realisticReceipt.modules[0]!,
        { id: 'bribery-and-the-law', status: 'started' as const },
      ],
      completedOn: undefined,
    };
    delete partial.completedOn;
    const codes = await Promise.all([
      encodeReceiptCode(byEmail('Anna Berg', 'anna.a@kommun.se')),
      encodeReceiptCode(partial),
      encodeReceiptCode(byEmail('Bo Ek', 'bo@kommun.se')),
    ]);
    await user.click(screen.getByLabelText('Klistra in kvittokoder'));
    await user.paste(codes.join('\n'));
    await user.click(screen.getByRole('button', { name: 'Läs in koderna' }));
    await screen.findByText('3 koder lästa: 3 kvitton, inga problem.');

    await user.click(screen.getByLabelText('Klistra in deltagarlistan'));
    await user.paste(
      'Namn;E-post\nAnna Berg;Anna.A@kommun.se\nAnna Berg;anna.b@kommun.se\nBo Ekk;bo@kommun.se\nCia Holm;cia@kommun.se',
    );
    await user.click(screen.getByRole('button', { name: 'Läs in listan' }));

    const table = await screen.findByRole('table', { name: '2 av 4 klara' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual([
      'Anna Berg',
      'Anna Berg',
      'Bo Ekk',
      'Cia Holm',
    ]);
    expect(rows[0]).toHaveTextContent('anna.a@kommun.se');
    expect(rows[0]).toHaveTextContent('✓ I tid');
    expect(rows[1]).toHaveTextContent('anna.b@kommun.se');
    expect(rows[1]).toHaveTextContent('◐ Påbörjad');
    expect(rows[1]).not.toHaveTextContent('I tid');
    expect(rows[2]).toHaveTextContent('Namnet i kvittot: Bo Ek.');
    expect(rows[3]).toHaveTextContent('Inget kvitto');
    expect(
      screen.getByRole('region', { name: 'Har inte skickat något kvitto: 1' }),
    ).toHaveTextContent('Cia Holm');
  });
});
