import { screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import ProgressPage from '@/app/routes/progress-page';
import { useAppStore } from '@/store/store';
import { renderWithRouter, setupI18n } from '../render';
import { finished, v1State } from './fixtures';
import { installCourse, sameInEveryLanguage } from '../content-seam';
import { catalogue } from './fixtures';

beforeAll(() => installCourse(sameInEveryLanguage(catalogue)));

/** Matches a name whatever kind of space Intl put in it (sv-SE writes "50 %" with a no-break space). */
const spaced = (expected: string) => (name: string) => name.replace(/\s+/g, ' ') === expected;

beforeAll(async () => {
  await setupI18n('sv');
});

function renderWithAttempts() {
  const state = v1State();
  state.quizzes['what-is-corruption'] = [
    ...state.quizzes['what-is-corruption']!,
    finished('second', 1, 0.9),
    finished('third', 2, 1, { mode: 'wrong-only' }),
  ];
  useAppStore.getState().replaceAll(state);
  return renderWithRouter(<ProgressPage />, { route: '/progress' });
}

describe('the progress page', () => {
  it('says how many parts of the core are passed and links to the certificate', () => {
    renderWithAttempts();
    expect(screen.getByText(/Du har klarat 1 av grundens 2 delar\./)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Se vad som saknas för intyget' })).toHaveAttribute(
      'href',
      '/certificate',
    );
  });

  it('lists each attempt with its date, score and outcome, marking the best and the latest', () => {
    renderWithAttempts();
    const section = screen.getByRole('region', { name: 'Vad är korruption?' });
    // The latest is a practice round: it is named as one, so 90 % best beside 100 % latest reads right.
    expect(section).toHaveTextContent(
      'Bästa: 90 % (försök 2). Senaste övningsomgång: 100 % (försök 3, räknas inte).',
    );
    const table = within(section).getByRole('table', {
      name: 'Alla quizförsök i Vad är korruption?',
    });
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) =>
        [...row.querySelectorAll('th, td')].map((c) => c.textContent?.replace(/\s+/g, ' ')),
      );
    expect(rows).toEqual([
      ['1', '21 nov. 2025', '50 %', '✗ Inte godkänd'],
      ['2 bästa', '22 nov. 2026', '90 %', '✓ Godkänd'],
      ['3 senaste', '23 nov. 2026', '100 %', '↻ Övning'],
    ]);
  });

  it('names a latest practice round as one in the overview too', () => {
    renderWithAttempts();
    const overview = screen.getAllByRole('table')[0]!;
    const row = within(overview).getByRole('row', { name: /Vad är korruption\?/ });
    expect(row.textContent?.replace(/\s+/g, ' ')).toContain('100 % (övning, räknas inte)');
  });

  it('draws the scores as a picture with a spoken summary and a dashed pass mark', () => {
    renderWithAttempts();
    const chart = screen.getByRole('img', {
      name: spaced(
        'Diagram över 3 quizförsök i delen ”Vad är korruption?”. Första: 50 %. Senaste: 100 %. Högsta: 100 %. Gränsen för godkänt är 80 %. Alla siffror finns också i tabellen.',
      ),
    });
    expect(chart.querySelectorAll('.chart-mark--failed')).toHaveLength(1);
    expect(chart.querySelectorAll('.chart-mark--passed')).toHaveLength(1);
    expect(chart.querySelectorAll('.chart-mark--practice')).toHaveLength(1);
    // Distinct shapes, not only colours: a circle, a cross and a diamond.
    expect(chart.querySelector('.chart-mark--passed')?.tagName).toBe('circle');
    expect(chart.querySelector('.chart-mark--failed')?.getAttribute('d')).not.toBe(
      chart.querySelector('.chart-mark--practice')?.getAttribute('d'),
    );
    expect(chart.querySelector('.chart-pass-mark')).not.toBeNull();
  });

  it('gives the overview as a list of modules too, for a narrow screen, with the same facts as the table', () => {
    renderWithAttempts();
    const list = screen.getByRole('list', { name: 'Resultat per del' });
    const item = within(list).getByRole('link', { name: 'Vad är korruption?' }).closest('li')!;
    const facts = [...item.querySelectorAll('dt')].map(
      (dt) => `${dt.textContent}: ${dt.nextElementSibling?.textContent?.replace(/\s+/g, ' ')}`,
    );
    const row = screen.getByRole('row', { name: /^Vad är korruption\?/ });
    const cells = [...row.querySelectorAll('td')].map((td) => td.textContent?.replace(/\s+/g, ' '));
    expect(facts).toEqual(
      ['Status', 'Lästa sidor', 'Quizförsök', 'Bästa', 'Senaste', 'Slut hittade'].map(
        (label, i) => `${label}: ${cells[i]}`,
      ),
    );
  });

  it('folds each module’s chart and attempts under its name, closed until opened', async () => {
    const { user } = renderWithAttempts();
    const section = screen.getByRole('region', { name: 'Vad är korruption?' });
    const details = section.querySelector('details')!;
    expect(details.open).toBe(false);
    expect(within(section).getByText('3 försök')).toBeInTheDocument();
    await user.click(within(section).getByText('Vad är korruption?'));
    expect(details.open).toBe(true);
  });
});
