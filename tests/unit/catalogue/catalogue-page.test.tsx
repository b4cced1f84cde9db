import { screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import StartPage from '@/app/routes/start-page';
import { useAppStore } from '@/store/store';
import { renderWithRouter, setupI18n } from '../render';
import { blankState, finished } from '../progress/fixtures';
import { installCourse, sameInEveryLanguage } from '../content-seam';
import { catalogue } from '../progress/fixtures';

beforeAll(() => installCourse(sameInEveryLanguage(catalogue)));

beforeAll(async () => {
  await setupI18n('sv');
});

const headings = (level: number) =>
  screen.getAllByRole('heading', { level }).map((h) => h.textContent);

describe('the start page', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('says where progress is kept: only in the browser on the web', () => {
    useAppStore.getState().replaceAll(blankState());
    renderWithRouter(<StartPage />);
    expect(screen.getByText(/Det du gör sparas bara i din webbläsare\./)).toBeVisible();
  });

  it('says where progress is kept: in the browser and in the LMS in the SCORM build', () => {
    vi.stubEnv('MODE', 'scorm');
    useAppStore.getState().replaceAll(blankState());
    renderWithRouter(<StartPage />);
    expect(
      screen.getByText(
        /Det du gör sparas i din webbläsare och i lärplattformen där du startade kursen\./,
      ),
    ).toBeVisible();
    expect(screen.queryByText(/sparas bara/)).toBeNull();
  });

  it('asks for the role near the top, then shows the core and the tracks for your role', () => {
    useAppStore.getState().replaceAll(blankState());
    renderWithRouter(<StartPage />);

    expect(screen.getByText(/Grunden är till för alla och tar ungefär 20 minuter\./)).toBeVisible();
    expect(headings(2)).toEqual(['Börja här', 'Din väg', 'Grunden, för alla', 'För din roll']);
    const core = screen.getByRole('region', { name: 'Grunden, för alla' });
    expect(
      within(core)
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent),
    ).toEqual(['Vad är korruption?', 'Mutbrott och lagen']);
    const tracks = screen.getByRole('region', { name: 'För din roll' });
    expect(
      within(tracks)
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent),
    ).toEqual(['Fördjupning', 'Upphandling och avtal']);
    const procurement = within(tracks).getByRole('region', { name: 'Upphandling och avtal' });
    expect(within(procurement).getByRole('heading', { level: 4 })).toHaveTextContent(
      'Upphandlingens risker',
    );
    expect(within(procurement).getByText('Du upphandlar eller följer upp avtal')).toBeVisible();
    expect(within(procurement).getByText('1 del, ungefär 15 minuter')).toBeVisible();
    const path = screen.getByRole('region', { name: 'Din väg' });
    const picker = within(path).getByRole('group', {
      name: 'Vad gör du i ditt arbete? Välj allt som stämmer.',
    });
    expect(within(picker).getAllByRole('checkbox')).toHaveLength(2);
    expect(screen.queryByText('Ditt spår')).toBeNull();
  });

  it('keeps the chosen role, shows the path with the chosen track first, and lets the learner change it', async () => {
    useAppStore.getState().replaceAll(blankState());
    const { user } = renderWithRouter(<StartPage />);

    await user.click(
      screen.getByRole('checkbox', { name: /^Du upphandlar eller följer upp avtal/ }),
    );
    await user.click(screen.getByRole('button', { name: 'Visa min väg' }));

    expect(useAppStore.getState().settings.tracks).toEqual(['procurement']);
    const path = screen.getByRole('heading', { name: 'Din väg' });
    expect(path).toHaveFocus();
    expect(
      screen.getByText('Grunden och ”Upphandling och avtal”, ungefär 35 minuter.'),
    ).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Visa min väg' })).toBeNull();
    const tracks = screen.getByRole('region', { name: 'För din roll' });
    const order = within(tracks)
      .getAllByRole('heading', { level: 3 })
      .map((h) => h.textContent);
    expect(order).toEqual(['Upphandling och avtal', 'Fördjupning']);
    const mine = within(tracks).getByRole('region', { name: 'Upphandling och avtal' });
    expect(within(mine).getByText('Ditt spår')).toBeVisible();
    expect(within(tracks).getByText('Andra spår, om du vill läsa mer:')).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Ändra din roll' }));
    const boxes = screen.getAllByRole('checkbox');
    expect(boxes[0]).toHaveFocus();
    const box = screen.getByRole('checkbox', { name: /^Du upphandlar eller följer upp avtal/ });
    expect(box).toBeChecked();
    await user.click(box);
    await user.click(screen.getByRole('button', { name: 'Visa min väg' }));
    expect(useAppStore.getState().settings.tracks).toEqual([]);
    expect(
      screen.getByText('Grunden, ungefär 20 minuter. Du har inte valt något spår.'),
    ).toBeVisible();
  });

  it('leads on along the path: after the core, to the chosen track', () => {
    const state = blankState();
    state.settings = { ...state.settings, tracks: ['procurement'] };
    state.quizzes['what-is-corruption'] = [finished('a', 0, 1)];
    state.quizzes['bribery-and-the-law'] = [finished('b', 1, 1)];
    useAppStore.getState().replaceAll(state);
    renderWithRouter(<StartPage />);

    expect(screen.queryByRole('region', { name: 'Börja här' })).toBeNull();
    const finish = screen.getByRole('region', { name: /Du har klarat kursen/ });
    expect(within(finish).getByRole('link', { name: 'Till ditt intyg' })).toHaveAttribute(
      'href',
      '/certificate',
    );
    expect(
      within(finish).getByRole('link', { name: 'Fortsätt med Upphandlingens risker' }),
    ).toHaveAttribute('href', '/modules/procurement-risks/lessons/definition');
  });

  it('leads to the next part of the path, naming it once, with its place and time', () => {
    const state = blankState();
    state.settings = { ...state.settings, tracks: ['procurement'] };
    state.quizzes['what-is-corruption'] = [finished('a', 0, 1)];
    useAppStore.getState().replaceAll(state);
    renderWithRouter(<StartPage />);

    const next = screen.getByRole('region', { name: 'Börja här' });
    expect(next).toHaveTextContent(
      'Börja härDel 2 av 3 på din väg, ungefär 10 minuter.Börja med Mutbrott och lagen',
    );
    expect(within(next).getAllByText(/Mutbrott och lagen/)).toHaveLength(1);
  });
});
