import { act, screen, within } from '@testing-library/react';
import type { ReactElement } from 'react';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import GuidePage from '@/app/routes/guide-page';
import TrainerPage from '@/app/routes/trainer-page';
import { paths } from '@/lib/paths';
import { emptyState } from '@/store/persisted-fields';
import { useAppStore } from '@/store/store';
import type { Language } from '@/config/languages';
import { renderWithRouter, setupI18n } from '../render';
import { installCourse } from '../content-seam';
import { course } from './fixtures';

beforeAll(() => installCourse(course));

async function renderPage(ui: ReactElement, route: string) {
  let result: ReturnType<typeof renderWithRouter> | undefined;
  await act(async () => {
    result = renderWithRouter(ui, { route });
  });
  return result!;
}

async function switchLanguage(language: Language) {
  await setupI18n(language);
  useAppStore.setState(emptyState(language));
}

/** The list item of the quiz question with this prompt. */
const questionItem = (prompt: string) => screen.getByText(prompt).closest('li')!;

beforeEach(async () => {
  await switchLanguage('sv');
});

describe("the trainer's guide", () => {
  it('plans a 30-minute session, from the introduction to where to report', async () => {
    await renderPage(<GuidePage />, paths.trainerGuide());
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Handledning för utbildare' }),
    ).toBeVisible();
    const agenda = screen.getByRole('region', { name: 'Ett samtal på 30 minuter' });
    const parts = within(agenda)
      .getAllByRole('heading', { level: 3 })
      .map((h) => h.textContent);
    expect(parts.slice(0, 5)).toEqual([
      '0–5 min Inledning',
      '5–15 min Första dilemmat',
      '15–22 min Andra dilemmat',
      '22–27 min De fyra frågorna',
      '27–30 min Avslutning',
    ]);
    expect(within(agenda).getByText('Hur ser det ut för den som tittar utifrån?')).toBeVisible();
    expect(within(agenda).getByText(/rapporteringskanal/)).toBeVisible();
  });

  it('lists the right answers and explanation for every quiz question of a module', async () => {
    const { user } = await renderPage(<GuidePage />, paths.trainerGuide());
    const summary = await screen.findByText('Del 1: Del ett');
    // Folded until opened.
    expect(await screen.findByText('Får du ta emot en kopp kaffe?')).not.toBeVisible();
    await user.click(summary);
    expect(summary.closest('details')).toHaveAttribute('open');

    const coffee = questionItem('Får du ta emot en kopp kaffe?');
    expect(coffee).toBeVisible();
    expect(within(coffee).getByText('Rätt svar:')).toBeVisible();
    expect(within(coffee).getByText('Ja, det brukar gå bra')).toBeVisible();
    expect(within(coffee).queryByText('Nej, aldrig')).toBeNull();
    expect(coffee).toHaveTextContent('Förklaring: Kaffe på ett möte är sällan ett problem.');

    const gifts = questionItem('Vilka gåvor tackar du nej till?');
    expect(within(gifts).getByText('Rätta svar:')).toBeVisible();
    expect(
      within(within(gifts).getByRole('list'))
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['✓ Pengar i ett kuvert', '✓ Ett presentkort']);

    const limit = questionItem('Det finns en beloppsgräns i lagen.');
    expect(within(limit).getByRole('listitem')).toHaveTextContent('✓ Falskt');
  });

  it("lists each dilemma step's choices with their quality", async () => {
    await renderPage(<GuidePage />, paths.trainerGuide());
    const dilemma = (await screen.findByRole('heading', { name: 'Dilemma: Resan' })).parentElement!;
    const steps = within(dilemma).getAllByRole('heading', { level: 4 });
    expect(steps.map((h) => h.textContent)).toEqual(['Vägval 1', 'Vägval 2', 'Slut']);
    const first = steps[0]!.parentElement!;
    expect(
      within(first)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'A. Tacka nej ✓ Bra val',
      'B. Fråga chefen senare ~ Godtagbart val',
      'C. Tacka ja ✗ Dåligt val',
    ]);
  });

  it('loads the modules in the current language', async () => {
    await switchLanguage('en');
    await renderPage(<GuidePage />, paths.trainerGuide());
    expect(await screen.findByText('Part 1: Part one')).toBeVisible();
    expect(await screen.findByText('EN Får du ta emot en kopp kaffe?')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Quiz: 3 questions' })).toBeInTheDocument();
  });
});

describe('the trainer home page', () => {
  it('links to what a trainer can do, and to every dilemma in facilitation mode', async () => {
    await renderPage(<TrainerPage />, paths.trainer());
    expect(await screen.findByRole('heading', { level: 1, name: 'För utbildare' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Ge medarbetarna en uppgift' })).toHaveAttribute(
      'href',
      paths.assignmentBuilder(),
    );
    expect(screen.getByRole('link', { name: 'Samla in resultat' })).toHaveAttribute(
      'href',
      paths.trainerResults(),
    );
    expect(screen.getByRole('link', { name: 'Läs handledningen' })).toHaveAttribute(
      'href',
      paths.trainerGuide(),
    );
    const meeting = screen.getByRole('region', { name: 'Kör ett dilemma på ett möte' });
    expect(within(meeting).getByRole('heading', { level: 3, name: 'Del ett' })).toBeVisible();
    expect(within(meeting).getByRole('link', { name: 'Resan' })).toHaveAttribute(
      'href',
      paths.facilitate('m1', 's1'),
    );
  });
});
