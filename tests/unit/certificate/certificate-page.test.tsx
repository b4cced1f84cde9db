import { screen, within } from '@testing-library/react';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import CertificatePage from '@/app/routes/certificate-page';
import { checkCode } from '@/lib/check-code';
import { useAppStore } from '@/store/store';
import { finished, v1State } from '../progress/fixtures';
import { renderWithRouter, setupI18n } from '../render';
import { installCourse, sameInEveryLanguage } from '../content-seam';
import { catalogue } from '../progress/fixtures';

beforeAll(() => installCourse(sameInEveryLanguage(catalogue)));

beforeAll(async () => {
  await setupI18n('sv');
});

beforeEach(() => {
  useAppStore.getState().replaceAll(v1State());
});

/** Every core module passed; the last one was first passed on 23 November 2026. */
function passEverything() {
  const state = v1State();
  state.settings = { ...state.settings, learnerName: '', updatedAt: 1 };
  state.quizzes['what-is-corruption'] = [
    ...state.quizzes['what-is-corruption']!,
    finished('w2', 0, 0.8),
    finished('w3', 5, 1),
  ];
  state.quizzes['bribery-and-the-law'] = [finished('b1', 1, 0.6), finished('b2', 2, 0.9)];
  useAppStore.getState().replaceAll(state);
}

describe('the certificate page', () => {
  it('names the parts of the core still missing, with links, and offers no certificate', () => {
    renderWithRouter(<CertificatePage />, { route: '/certificate' });

    expect(screen.getByRole('heading', { level: 1, name: 'Intyg' })).toBeInTheDocument();
    expect(screen.getByText('Du har klarat 0 av grundens 2 delar.')).toBeInTheDocument();
    const missing = screen.getByRole('region', { name: 'Det här saknas: 2 delar' });
    const links = within(missing).getAllByRole('link');
    expect(links.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['Vad är korruption?', '/modules/what-is-corruption'],
      ['Mutbrott och lagen', '/modules/bribery-and-the-law'],
    ]);
    expect(screen.queryByRole('article')).not.toBeInTheDocument();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Skriv ut / spara som PDF' })).toBeNull();
  });

  it('in the SCORM build, says that the name is kept in the learning platform too', () => {
    vi.stubEnv('MODE', 'scorm');
    passEverything();
    renderWithRouter(<CertificatePage />, { route: '/certificate' });
    expect(
      screen.getByRole('textbox', { name: 'Ditt namn, som det ska stå på intyget' }),
    ).toHaveAccessibleDescription(
      'Du skriver namnet själv. Det sparas i den här webbläsaren och i lärplattformen där du startade kursen.',
    );
    vi.unstubAllEnvs();
  });

  it('shows the full certificate with the name the learner types, and keeps the name', async () => {
    passEverything();
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    const { user } = renderWithRouter(<CertificatePage />, { route: '/certificate' });

    const field = screen.getByRole('textbox', { name: 'Ditt namn, som det ska stå på intyget' });
    expect(field).toHaveAccessibleDescription(
      'Du skriver namnet själv. Det sparas bara i den här webbläsaren och skickas inte någonstans.',
    );
    const certificate = screen.getByRole('article', { name: 'Ditt intyg' });
    expect(certificate).toHaveTextContent('Ditt namn kommer här');
    const codeBefore = within(certificate).getByText(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/).textContent;

    await user.type(field, 'Kim Andersson');

    expect(useAppStore.getState().settings.learnerName).toBe('Kim Andersson');
    expect(within(certificate).getByText('Kim Andersson')).toBeInTheDocument();
    expect(certificate).toHaveTextContent('Genomförd23 november 2026');
    expect(certificate).toHaveTextContent('Kursversion1.2.0');
    const rows = within(certificate)
      .getAllByRole('row')
      .slice(1)
      .map((row) => row.textContent?.replace(/\s+/g, ' '));
    expect(rows).toEqual(['Grunden', 'Vad är korruption?100 %', 'Mutbrott och lagen90 %']);
    expect(within(certificate).queryByText('Fördjupning')).toBeNull();

    const expected = checkCode({
      name: 'Kim Andersson',
      completedOn: '2026-11-23',
      modules: [
        { id: 'what-is-corruption', score: 1 },
        { id: 'bribery-and-the-law', score: 0.9 },
      ],
      courseVersion: '1.2.0',
    });
    expect(within(certificate).getByText(expected)).toBeInTheDocument();
    expect(expected).not.toBe(codeBefore);
    expect(certificate).toHaveTextContent('Den är inget skydd mot förfalskning.');

    await user.click(screen.getByRole('button', { name: 'Skriv ut / spara som PDF' }));
    expect(print).toHaveBeenCalledOnce();
  });

  it('will not print without a name: it says so and takes the learner to the name field', async () => {
    passEverything();
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    const { user } = renderWithRouter(<CertificatePage />, { route: '/certificate' });
    const field = screen.getByRole('textbox', { name: 'Ditt namn, som det ska stå på intyget' });
    expect(field).not.toHaveAttribute('aria-invalid');

    await user.click(screen.getByRole('button', { name: 'Skriv ut / spara som PDF' }));

    expect(print).not.toHaveBeenCalled();
    expect(field).toHaveFocus();
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription(/^Skriv ditt namn innan du skriver ut intyget\./);

    await user.type(field, 'Kim');
    expect(field).not.toHaveAttribute('aria-invalid');
    await user.click(screen.getByRole('button', { name: 'Skriv ut / spara som PDF' }));
    expect(print).toHaveBeenCalledOnce();
    print.mockRestore();
  });

  it('names each track passed, with its modules, after the core', () => {
    passEverything();
    const state = useAppStore.getState();
    useAppStore.setState({
      quizzes: { ...state.quizzes, 'extra-reading': [finished('e1', 3, 0.85)] },
    });
    renderWithRouter(<CertificatePage />, { route: '/certificate' });

    const certificate = screen.getByRole('article', { name: 'Ditt intyg' });
    expect(certificate).toHaveTextContent('Har också klarat spåret ”Fördjupning”.');
    const rows = within(certificate)
      .getAllByRole('row')
      .slice(1)
      .map((row) => row.textContent?.replace(/\s+/g, ' '));
    expect(rows).toEqual([
      'Grunden',
      'Vad är korruption?100 %',
      'Mutbrott och lagen90 %',
      'Spåret Fördjupning',
      'Fördjupning85 %',
    ]);
    expect(
      within(certificate).getByRole('rowheader', { name: 'Spåret Fördjupning' }),
    ).toBeInTheDocument();
    expect(certificate).toHaveTextContent('Genomförd24 november 2026');
  });
});
