import { act, screen, within } from '@testing-library/react';
import type { ReactElement } from 'react';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import GuidePage from '@/app/routes/guide-page';
import TrainerPage from '@/app/routes/trainer-page';
import { paths } from '@/lib/paths';
import { emptyState } from '@/store/persisted-fields';
import { useAppStore } from '@/store/store';
import type { Language } from '@/config/languages';
import { renderWithRouter, setupI18n } from '../render';
import { installCourse } from '../content-seam';
import { course } from './fixtures';
import { FOUR_QUESTIONS } from '../../content/four-questions';

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

/** Passes the "Visa facit" step, which says the key is for trainers. */
async function showKey(user: ReturnType<typeof renderWithRouter>['user'], name = 'Visa facit') {
  await user.click(await screen.findByRole('button', { name }));
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
    expect(within(agenda).getByText('Hur ser det ut utåt?')).toBeVisible();
    expect(within(agenda).getByText(/rapporteringskanal/)).toBeVisible();
  });

  it('lists the right answers and explanation for every quiz question of a module', async () => {
    const { user } = await renderPage(<GuidePage />, paths.trainerGuide());
    await showKey(user);
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
    const { user } = await renderPage(<GuidePage />, paths.trainerGuide());
    await showKey(user);
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
    const { user } = await renderPage(<GuidePage />, paths.trainerGuide());
    await showKey(user, 'Show the answer key');
    expect(await screen.findByText('Part 1: Part one')).toBeVisible();
    expect(await screen.findByText('EN Får du ta emot en kopp kaffe?')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Quiz: 3 questions' })).toBeInTheDocument();
  });
});

describe("the trainer's guide: what is for trainers only, and what prints", () => {
  it('keeps the answer key behind "Visa facit", which says it is for trainers', async () => {
    const { user } = await renderPage(<GuidePage />, paths.trainerGuide());
    const key = await screen.findByRole('region', { name: 'Facit' });
    expect(within(key).getByText(/Facit är till för dig som utbildar/)).toBeVisible();
    expect(screen.queryByText('Får du ta emot en kopp kaffe?')).toBeNull();
    expect(within(key).getByRole('button', { name: 'Visa facit' })).toHaveAccessibleDescription(
      /Facit är till för dig som utbildar/,
    );
    await showKey(user);
    expect(await screen.findByText('Får du ta emot en kopp kaffe?')).toBeInTheDocument();
    expect(within(key).getByRole('button', { name: 'Skriv ut facit' })).toBeVisible();
  });

  it('says plainly at the top that the pages are for trainers', async () => {
    await renderPage(<GuidePage />, paths.trainerGuide());
    expect(await screen.findByText('För dig som utbildar.')).toBeVisible();
  });

  it('lists each dilemma with its time for a group, its decisions and whom it suits', async () => {
    await renderPage(<GuidePage />, paths.trainerGuide());
    const plan = await screen.findByRole('region', { name: 'Dilemman att välja mellan' });
    expect(plan).toHaveTextContent(/3 minuter för varje vägval/);
    expect(plan).toHaveTextContent(/130 ord i minuten/);
    const row = (await within(plan).findByRole('link', { name: 'Resan' })).closest('tr')!;
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual([
      'cirka 5 minuter',
      '2',
      'Alla medarbetare. Dilemmat hör till grunden som alla går.',
    ]);
  });

  it('prints the session plan by default, and the slide or the key only when asked', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    const { user } = await renderPage(<GuidePage />, paths.trainerGuide());
    const page = (await screen.findByRole('heading', { level: 1 })).closest('.guide-page')!;
    expect(page).toHaveAttribute('data-print', 'plan');

    await user.click(screen.getByRole('button', { name: 'Skriv ut de fyra frågorna som en bild' }));
    expect(print).toHaveBeenCalledTimes(1);
    expect(page).toHaveAttribute('data-print', 'slide');
    act(() => void window.dispatchEvent(new Event('afterprint')));
    expect(page).toHaveAttribute('data-print', 'plan');

    await showKey(user);
    await user.click(screen.getByRole('button', { name: 'Skriv ut facit' }));
    expect(page).toHaveAttribute('data-print', 'key');
    act(() => void window.dispatchEvent(new Event('afterprint')));
    await user.click(screen.getByRole('button', { name: 'Skriv ut samtalsplanen' }));
    expect(page).toHaveAttribute('data-print', 'plan');
    expect(print).toHaveBeenCalledTimes(3);
  });

  it("shows the four questions on a slide in the course's own wording", async () => {
    await renderPage(<GuidePage />, paths.trainerGuide());
    const slide = await screen.findByRole('region', { name: 'De fyra frågorna' });
    expect(
      within(slide)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([...FOUR_QUESTIONS.sv]);
  });
});

describe('the trainer home page', () => {
  const zip = () =>
    new Response(null, { status: 200, headers: { 'content-type': 'application/zip' } });

  it('says when to use the LMS instead, with the upload steps, and links the packages the site has', async () => {
    const fetch = vi.spyOn(globalThis, 'fetch').mockImplementation(async () => zip());
    await renderPage(<TrainerPage />, paths.trainer());
    const lms = await screen.findByRole('region', { name: 'Har er organisation en lärplattform?' });
    expect(lms).toHaveTextContent(/när många ska gå kursen/);
    expect(lms).toHaveTextContent(/personalsystemet/);
    expect(await within(lms).findByRole('link', { name: /SCORM 2004/ })).toHaveAttribute(
      'href',
      expect.stringMatching(/\/lms\/mutkollen-scorm2004\.zip$/),
    );
    expect(within(lms).getByRole('link', { name: /SCORM 1\.2/ })).toHaveAttribute(
      'href',
      expect.stringMatching(/\/lms\/mutkollen-scorm12\.zip$/),
    );
    expect(within(lms).getByText(/Ladda upp zip-filen som den är/)).toBeVisible();
    expect(within(lms).getByText(/Tvinga nytt försök: Nej/)).toBeVisible();
    for (const [url, init] of fetch.mock.calls) {
      expect(init?.method).toBe('HEAD');
      expect(new URL(String(url)).origin).toBe(location.origin);
    }
  });

  it('offers no download link for a package the site does not have', async () => {
    // A server that answers every path with the app's page is not serving the zip either.
    vi.spyOn(globalThis, 'fetch').mockImplementation(
      async () => new Response('<!doctype html>', { headers: { 'content-type': 'text/html' } }),
    );
    await renderPage(<TrainerPage />, paths.trainer());
    expect(await screen.findByText(/Paketen finns inte på den här webbplatsen/)).toBeVisible();
    expect(screen.queryByRole('link', { name: /SCORM/ })).toBeNull();
  });

  it('links to what a trainer can do, and to every dilemma in facilitation mode', async () => {
    vi.spyOn(globalThis, 'fetch').mockImplementation(
      async () => new Response(null, { status: 404 }),
    );
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
