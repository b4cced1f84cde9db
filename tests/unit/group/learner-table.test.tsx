import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { groupCounts, learnerRows } from '@/features/group/learner-rows';
import { LearnerTable } from '@/features/group/learner-table';
import { MissingList, reminderHref } from '@/features/group/missing-list';
import { setupI18n } from '../render';
import { KNOWN, MODULES, passed, receipt } from './receipt-fixtures';

beforeAll(async () => {
  await setupI18n('sv');
});

const rows = learnerRows({
  roster: [
    { name: 'Anna Berg', identifier: 'anna1@x.se', email: 'anna1@x.se' },
    { name: 'Anna Berg', identifier: 'anna2@x.se', email: 'anna2@x.se' },
    { name: 'Bo Ek', identifier: 'bo@x.se', email: 'bo@x.se' },
    { name: 'Cecilia Holm', identifier: 'cecilia@x.se' },
  ],
  receipts: [
    receipt('Anna Berg', { learnerId: 'anna1@x.se' }),
    receipt('Anna Berg', {
      learnerId: 'anna2@x.se',
      modules: [
        passed('m1', '2026-11-02', 0.5),
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
const counts = groupCounts(rows);
const title = (id: string) => `Modul ${id}`;

const dataRows = () => within(screen.getByRole('table')).getAllByRole('row').slice(1);

describe('the learner table', () => {
  it('says "x av N klara" and what a receipt proves, with one row per learner', () => {
    render(
      <LearnerTable
        rows={rows}
        counts={counts}
        modules={MODULES}
        moduleTitle={title}
        identifiedBy="email"
      />,
    );
    expect(screen.getByRole('table', { name: '1 av 4 klara' })).toBeInTheDocument();
    expect(
      screen.getByText(
        'Kvittona är självrapporterade. Kontrollsumman visar om ett kvitto har ändrats av misstag, men den bevisar inte vem som skrev det.',
      ),
    ).toBeInTheDocument();
    expect(screen.getAllByRole('columnheader').map((th) => th.textContent)).toEqual([
      'Namn',
      'E-post',
      'Modul m1',
      'Modul m3',
      'Modul m5',
      'Status',
      'Klar',
      'I tid?',
    ]);
    expect(dataRows()).toHaveLength(4);
    const [first, second, , last] = dataRows();
    expect(within(first!).getByRole('rowheader')).toHaveTextContent('Anna Berg');
    expect(first).toHaveTextContent('anna1@x.se');
    expect(first).toHaveTextContent(/Klar 90\s%\s*den 20 nov. 2026/);
    expect(first).toHaveTextContent('✓ I tid');
    expect(second).toHaveTextContent(/⚠ Klar 50\s%/);
    expect(second).toHaveTextContent('◐ Påbörjad');
    expect(second).toHaveTextContent('○ Inte påbörjad');
    expect(second).toHaveTextContent('Inte sent än');
    expect(last).toHaveTextContent('Inget kvitto');
  });

  it('never shows a pass below the pass mark as "I tid"', () => {
    const low = learnerRows({
      roster: [],
      receipts: [receipt('Kim', { modules: MODULES.map((id) => passed(id, '2026-11-02', 0.5)) })],
      modules: MODULES,
      knownModules: KNOWN,
      today: '2026-11-25',
    });
    render(
      <LearnerTable rows={low} counts={groupCounts(low)} modules={MODULES} moduleTitle={title} />,
    );
    const [row] = dataRows();
    expect(row).toHaveTextContent('⚠ Kontrollera');
    expect(row).toHaveTextContent('Ett resultat under godkänd nivå är markerat som klart.');
    expect(row).not.toHaveTextContent('I tid');
    expect(screen.getByRole('table', { name: '0 av 1 klara' })).toBeInTheDocument();
  });

  it('finds learners by name or identifier', async () => {
    const user = userEvent.setup();
    render(
      <LearnerTable
        rows={rows}
        counts={counts}
        modules={MODULES}
        moduleTitle={title}
        identifiedBy="email"
      />,
    );
    await user.type(screen.getByLabelText('Sök på namn, e-post eller nummer'), 'anna2');
    expect(dataRows()).toHaveLength(1);
    expect(screen.getByText('Visar 1 av 4 deltagare.')).toBeInTheDocument();
    await user.clear(screen.getByLabelText('Sök på namn, e-post eller nummer'));
    await user.type(screen.getByLabelText('Sök på namn, e-post eller nummer'), 'Zelda');
    expect(screen.getByText('Ingen deltagare passar sökningen.')).toBeInTheDocument();
  });
});

describe('the missing', () => {
  it('lists who sent nothing, with a reminder to them in BCC and their addresses to copy', async () => {
    const user = userEvent.setup();
    render(<MissingList missing={counts.missing} title="Mutor och jäv" />);
    expect(
      screen.getByRole('heading', { name: 'Har inte skickat något kvitto: 2' }),
    ).toBeInTheDocument();
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Bo Ek',
      'Cecilia Holm',
    ]);
    expect(
      screen.getByText('1 av dem har ingen e-postadress i deltagarlistan.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Skriv en påminnelse till dem' })).toHaveAttribute(
      'href',
      'mailto:?bcc=bo%40x.se&subject=P%C3%A5minnelse%3A%20Mutor%20och%20j%C3%A4v',
    );
    await user.click(screen.getByRole('button', { name: 'Kopiera adresserna' }));
    expect(await navigator.clipboard.readText()).toBe('bo@x.se');
    expect(screen.getByText('Adresserna är kopierade.')).toBeInTheDocument();
  });

  it('joins several addresses with commas in one BCC', () => {
    expect(reminderHref(['a@x.se', 'b+c@x.se'], 'Hej')).toBe(
      'mailto:?bcc=a%40x.se,b%2Bc%40x.se&subject=Hej',
    );
  });
});
