import { screen, within } from '@testing-library/react';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import ResultsPage from '@/app/routes/results-page';
import { encodeReceiptCode } from '@/features/assignment/receipt-codec';
import { useTrainerStore } from '@/features/group/trainer-store';
import { renderWithRouter, setupI18n } from '../render';
import { realisticReceipt } from '../assignment/arbitraries';
import { installCourse, sameInEveryLanguage } from '../content-seam';
import { catalogue } from '../progress/fixtures';
import { group } from './fixtures';

beforeAll(() => installCourse(sameInEveryLanguage(catalogue)));
beforeAll(async () => {
  await setupI18n('sv');
  // The page loads the pairing after itself; loaded here first, it arrives within a test's wait.
  await import('@/features/group/pair-receipts');
});

const id = realisticReceipt.assignment.id;
const roster = [
  { name: 'Anna Lind', identifier: 'anna@kommun.se', email: 'anna@kommun.se' },
  { name: 'Bo Ek', identifier: 'bo@kommun.se', email: 'bo@kommun.se' },
];

let code = '';

beforeEach(async () => {
  // Bo typed his address wrong when he accepted the link.
  code = await encodeReceiptCode({
    ...realisticReceipt,
    name: 'Bo Ek',
    learnerId: 'bo@kommun.see',
    assignment: { ...realisticReceipt.assignment, identifiedBy: 'email' },
  });
  useTrainerStore.setState({
    undoable: null,
    groups: {
      [id]: group(id, {
        identifiedBy: 'email',
        modules: realisticReceipt.modules.map((m) => m.id),
        roster,
        receipts: [],
      }),
    },
  });
});

describe('pairing a receipt from outside the roster', () => {
  it('asks whom it belongs to, counts it as theirs after a reload, and can be taken back', async () => {
    const first = renderWithRouter(<ResultsPage />, { route: '/trainer/results' });
    await first.user.click(screen.getByLabelText('Klistra in kvittokoder'));
    await first.user.paste(code);
    await first.user.click(screen.getByRole('button', { name: 'Läs in koderna' }));
    expect(await screen.findByText('1 kod läst: 1 kvitto, inga problem.')).toBeInTheDocument();
    const section = await screen.findByRole('region', {
      name: 'Kvitton från personer som inte finns i listan',
    });
    const choice = within(section).getByRole('combobox', {
      name: 'Vem i listan skickade kvittot från Bo Ek (bo@kommun.see)?',
    });
    expect(
      within(choice)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Välj en person', 'Anna Lind (anna@kommun.se)', 'Bo Ek (bo@kommun.se)']);

    // Pairing without a choice says what to do, on the choice.
    await first.user.click(within(section).getByRole('button', { name: 'Koppla' }));
    expect(choice).toHaveAccessibleDescription('Välj först vem i listan kvittot kommer från.');
    expect(choice).toHaveFocus();

    await first.user.selectOptions(choice, 'Bo Ek (bo@kommun.se)');
    await first.user.click(within(section).getByRole('button', { name: 'Koppla' }));
    expect(within(section).getByRole('status')).toHaveTextContent(
      'Kvittot från Bo Ek (bo@kommun.see) hör nu till Bo Ek.',
    );
    // The form went away with the pairing: focus is on what happened, not lost to the page.
    expect(within(section).getByRole('status')).toHaveFocus();
    expect(useTrainerStore.getState().groups[id]!.pairings).toEqual([
      { receipt: 'id:bo@kommun.see', entry: 'id:bo@kommun.se' },
    ]);
    first.unmount();

    const { user } = renderWithRouter(<ResultsPage />, { route: '/trainer/results' });
    const table = await screen.findByRole('table', { name: '1 av 2 klara' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(rows[1]).toHaveTextContent('Bo Ek');
    expect(rows[1]).toHaveTextContent('Du har kopplat kvittot hit. I kvittot står bo@kommun.see.');
    expect(screen.queryByText(/inte finns i deltagarlistan/)).not.toBeInTheDocument();

    await user.click(
      screen.getByRole('button', {
        name: 'Ta bort kopplingen för kvittot från Bo Ek (bo@kommun.see)',
      }),
    );
    expect(await screen.findByRole('table', { name: '0 av 2 klara' })).toBeInTheDocument();
    expect(screen.getByText(/Kopplingen är borttagen/)).toBeInTheDocument();
    expect(screen.getByText(/Kopplingen är borttagen/)).toHaveFocus();
    expect(
      screen.getByRole('combobox', {
        name: 'Vem i listan skickade kvittot från Bo Ek (bo@kommun.see)?',
      }),
    ).toBeInTheDocument();
  });
});
