import { screen, within } from '@testing-library/react';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import ProgressPage from '@/app/routes/progress-page';
import { serialize } from '@/store/load-persisted';
import { STORAGE_VERSION } from '@/store/schema';
import { persistedPart } from '@/store/persisted-fields';
import { useAppStore } from '@/store/store';
import { renderWithRouter, setupI18n } from '../render';
import { blankState, finished, V1_TEXT } from './fixtures';
import { installCourse, sameInEveryLanguage } from '../content-seam';
import { catalogue } from './fixtures';

beforeAll(() => installCourse(sameInEveryLanguage(catalogue)));

const stored = () => persistedPart(useAppStore.getState());

function start() {
  const state = blankState();
  state.settings.updatedAt = 2e12;
  state.quizzes['bribery-and-the-law'] = [finished('mine', 0, 0.9)];
  useAppStore.getState().replaceAll(state);
  return renderWithRouter(<ProgressPage />, { route: '/progress' });
}

beforeAll(async () => {
  await setupI18n('sv');
});

beforeEach(() => {
  useAppStore.getState().replaceAll(blankState());
});

describe('importing progress from a file', () => {
  it('shows what a good file adds, changes nothing until confirmed, then merges it in', async () => {
    const { user } = start();
    const before = serialize(stored());

    await user.upload(
      screen.getByLabelText('Välj en fil som du har exporterat från Mutkollen'),
      new File([V1_TEXT], 'x.json', { type: 'application/json' }),
    );

    const heading = await screen.findByRole('heading', { name: 'Det här läggs till från filen' });
    expect(heading).toHaveFocus();
    const list = within(heading.parentElement!).getByRole('list');
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['1 nytt quizförsök', '2 lästa sidor', '1 slut i ett dilemma']);
    expect(serialize(stored())).toBe(before);

    await user.click(screen.getByRole('button', { name: 'Importera' }));

    expect(
      screen.getByText(
        'Klart. Resultaten från filen är importerade. Det du hade innan finns som kopia under Säkerhetskopior i 7 dagar.',
      ),
    ).toHaveFocus();
    const state = stored();
    expect(state.quizzes['what-is-corruption']?.map((a) => a.id)).toEqual(['a1b2c3d4e5f6']);
    expect(state.quizzes['bribery-and-the-law']?.map((a) => a.id)).toEqual(['mine']);
    expect(state.modules['what-is-corruption']?.lessonsVisited).toEqual([
      'definition',
      'public-sector',
    ]);
    // This device's settings were saved later than the file's, so they stay.
    expect(state.settings.language).toBe('sv');
    expect(screen.queryByRole('button', { name: 'Importera' })).not.toBeInTheDocument();
  });

  it('cancels an import without changing anything', async () => {
    const { user } = start();
    const before = serialize(stored());
    const input = screen.getByLabelText('Välj en fil som du har exporterat från Mutkollen');
    await user.upload(input, new File([V1_TEXT], 'x.json'));
    await user.click(await screen.findByRole('button', { name: 'Avbryt' }));

    expect(serialize(stored())).toBe(before);
    expect(screen.queryByRole('button', { name: 'Importera' })).not.toBeInTheDocument();
    expect(input).toHaveFocus();
  });

  it.each([
    ['broken JSON', '{"state": {', 'Den är inte en giltig JSON-fil.'],
    ['another kind of file', '{"name": "something else"}', 'inte en resultatfil från Mutkollen'],
    [
      'a file from a newer version',
      JSON.stringify({ ...JSON.parse(V1_TEXT), version: STORAGE_VERSION + 1 }),
      'nyare version av Mutkollen',
    ],
  ])('says what is wrong with %s and changes nothing', async (_what, text, message) => {
    const { user } = start();
    const before = serialize(stored());
    const input = screen.getByLabelText('Välj en fil som du har exporterat från Mutkollen');
    await user.upload(input, new File([text], 'x.json'));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(message);
    expect(alert).toHaveTextContent('Inget har ändrats.');
    expect(input).toHaveAccessibleDescription(expect.stringContaining(message));
    expect(screen.queryByRole('button', { name: 'Importera' })).not.toBeInTheDocument();
    expect(serialize(stored())).toBe(before);
  });

  it('refuses a file over 1 MB without reading it', async () => {
    const { user } = start();
    const big = new File(['x'.repeat(1024 * 1024 + 1)], 'x.json');
    await user.upload(
      screen.getByLabelText('Välj en fil som du har exporterat från Mutkollen'),
      big,
    );
    expect(await screen.findByRole('alert')).toHaveTextContent('större än 1 MB');
  });
});

describe('deleting all progress', () => {
  it('asks first, and cancelling keeps everything', async () => {
    const { user } = start();
    const before = serialize(stored());
    const reset = screen.getByRole('button', { name: 'Radera alla mina resultat' });
    await user.click(reset);

    const warning = screen.getByRole('group', { name: /Vill du verkligen radera allt\?/ });
    expect(warning).toHaveFocus();
    expect(serialize(stored())).toBe(before);

    await user.click(within(warning).getByRole('button', { name: 'Avbryt' }));
    expect(screen.queryByRole('group', { name: /radera allt/ })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Radera alla mina resultat' })).toHaveFocus();
    expect(serialize(stored())).toBe(before);
  });

  it('deletes everything once confirmed', async () => {
    const { user } = start();
    expect(screen.getAllByRole('img', { name: /Diagram/ })).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Radera alla mina resultat' }));
    await user.click(screen.getByRole('button', { name: 'Ja, radera alla mina resultat' }));

    expect(
      screen.getByText(
        'Klart. Alla dina resultat är raderade. En kopia finns kvar i 7 dagar under Säkerhetskopior.',
      ),
    ).toHaveFocus();
    expect(stored().quizzes).toEqual({});
    expect(screen.queryByRole('img', { name: /Diagram/ })).not.toBeInTheDocument();
    expect(screen.getByText('Du har inte gjort klart något quiz än.')).toBeInTheDocument();
  });
});

describe('the backups (issue 12, breaks 4 and 5)', () => {
  const backups = () => screen.getByRole('region', { name: 'Säkerhetskopior' });

  it('bring back what a reset deleted, from the same page', async () => {
    const { user } = start();
    expect(within(backups()).getByText('Det finns inga säkerhetskopior i den här webbläsaren.'));
    await user.click(screen.getByRole('button', { name: 'Radera alla mina resultat' }));
    await user.click(screen.getByRole('button', { name: 'Ja, radera alla mina resultat' }));
    expect(stored().quizzes).toEqual({});

    const item = within(backups()).getByRole('listitem');
    expect(item).toHaveTextContent(/^Före radering, /);
    await user.click(
      within(item).getByRole('button', { name: /^Ta tillbaka kopian Före radering/ }),
    );

    expect(stored().quizzes['bribery-and-the-law']?.map((a) => a.id)).toEqual(['mine']);
    expect(within(backups()).getByRole('status')).toHaveTextContent(
      'Klart. Kopian är tillbaka. Det du hade innan finns som en ny kopia.',
    );
    expect(within(backups()).getByRole('status')).toHaveFocus();
    expect(screen.getAllByRole('img', { name: /Diagram/ })).toHaveLength(1);
  });

  it('undo an import, which a merge alone could not', async () => {
    const { user } = start();
    await user.upload(
      screen.getByLabelText('Välj en fil som du har exporterat från Mutkollen'),
      new File([V1_TEXT], 'x.json', { type: 'application/json' }),
    );
    await user.click(await screen.findByRole('button', { name: 'Importera' }));
    expect(stored().quizzes['what-is-corruption']).toHaveLength(1);

    await user.click(
      within(backups()).getByRole('button', { name: /^Ta tillbaka kopian Före import/ }),
    );
    expect(stored().quizzes['what-is-corruption']).toBeUndefined();
    expect(stored().quizzes['bribery-and-the-law']?.map((a) => a.id)).toEqual(['mine']);
  });

  it('bring back what is valid of an unreadable saved value, and download or remove a copy', async () => {
    const broken = JSON.parse(V1_TEXT);
    broken.state.quizzes['what-is-corruption'][0].startedAt = 'never';
    localStorage.setItem(
      'mutkollen:backup:invalid:2026-11-21T10:00:00.000Z',
      JSON.stringify(broken),
    );
    localStorage.setItem('mutkollen:backup:corrupt:2026-11-20T10:00:00.000Z', '{"state": ');
    const { user } = start();
    const items = within(backups()).getAllByRole('listitem');
    expect(items.map((li) => li.querySelector('.backups__name')?.textContent)).toEqual([
      expect.stringMatching(/^Sparat som inte gick att läsa helt, 21 november 2026/),
      expect.stringMatching(/^Sparat som var skadat, 20 november 2026/),
    ]);
    // A damaged copy is not JSON at all: it can be downloaded or removed, not brought back.
    expect(within(items[1]!).queryByRole('button', { name: /^Ta tillbaka/ })).toBeNull();

    await user.click(within(items[0]!).getByRole('button', { name: /^Ta tillbaka/ }));
    expect(within(backups()).getByRole('status')).toHaveTextContent(
      'Det som gick att läsa i kopian är tillbaka.',
    );
    expect(stored().modules['what-is-corruption']?.lessonsVisited).toEqual([
      'definition',
      'public-sector',
    ]);

    const createObjectURL = vi.fn(() => 'blob:x');
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const corrupt = within(backups())
      .getAllByRole('listitem')
      .find((li) => li.textContent?.startsWith('Sparat som var skadat'))!;
    await user.click(within(corrupt).getByRole('button', { name: /^Ladda ner/ }));
    expect(createObjectURL).toHaveBeenCalledOnce();
    await user.click(within(corrupt).getByRole('button', { name: /^Ta bort/ }));
    expect(localStorage.getItem('mutkollen:backup:corrupt:2026-11-20T10:00:00.000Z')).toBeNull();
    expect(within(backups()).getByRole('status')).toHaveTextContent('Kopian är borttagen.');
  });
});
