import { act, screen, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import FacilitationPage from '@/app/routes/facilitation-page';
import { paths, routePatterns } from '@/lib/paths';
import { emptyState } from '@/store/persisted-fields';
import { useAppStore } from '@/store/store';
import { renderWithRouter, setupI18n } from '../render';
import { installCourse } from '../content-seam';
import { course } from './fixtures';

beforeAll(() => installCourse(course));

async function renderSession() {
  let result: ReturnType<typeof renderWithRouter> | undefined;
  await act(async () => {
    result = renderWithRouter(
      <Routes>
        <Route path={routePatterns.facilitate} element={<FacilitationPage />} />
      </Routes>,
      { route: paths.facilitate('m1', 's1') },
    );
  });
  await screen.findByRole('heading', { level: 1, name: 'Resan' });
  return result!;
}

const consequences = ['Följden av decline.', 'Följden av ask.', 'Följden av accept.'];

beforeEach(async () => {
  await setupI18n('sv');
  useAppStore.setState(emptyState('sv'));
});

describe('facilitation mode', () => {
  it('shows the situation, the discussion prompt and the choices labelled A, B, C', async () => {
    await renderSession();
    expect(screen.getByRole('heading', { level: 2, name: 'Vägval 1' })).toBeVisible();
    expect(screen.getByText('Bakgrunden till resan.')).toBeVisible();
    expect(screen.getByText('En leverantör bjuder dig på en resa.')).toBeVisible();
    expect(screen.getByText('Vem har nytta av resan?')).toBeVisible();
    const choices = within(screen.getByRole('group', { name: 'Vad gör ni?' })).getAllByRole(
      'listitem',
    );
    expect(choices.map((c) => c.querySelector('.fac-choice__text')?.textContent)).toEqual([
      'A Tacka nej',
      'B Fråga chefen senare',
      'C Tacka ja',
    ]);
  });

  it('counts typed votes and shows each share in text', async () => {
    const { user } = await renderSession();
    const [a, b, c] = screen.getAllByRole('listitem');
    expect(within(a!).getByText(/^0 röster \(0\s%\)$/)).toBeVisible();

    await user.type(screen.getByRole('textbox', { name: 'Röster på A' }), '3');
    await user.type(screen.getByRole('textbox', { name: 'Röster på B' }), '1');

    expect(within(a!).getByText(/^3 röster \(75\s%\)$/)).toBeVisible();
    expect(within(b!).getByText(/^1 röst \(25\s%\)$/)).toBeVisible();
    expect(within(c!).getByText(/^0 röster \(0\s%\)$/)).toBeVisible();
    expect(screen.getByText('Totalt 4 röster.')).toBeVisible();

    await user.clear(screen.getByRole('textbox', { name: 'Röster på A' }));
    expect(within(a!).getByText(/^0 röster \(0\s%\)$/)).toBeVisible();
    expect(within(b!).getByText(/^1 röst \(100\s%\)$/)).toBeVisible();
  });

  it('says so when a vote is not a whole number of 0 or more', async () => {
    const { user } = await renderSession();
    const input = screen.getByRole('textbox', { name: 'Röster på C' });
    await user.type(input, '-2');
    const error = screen.getByRole('alert');
    expect(error).toHaveTextContent(
      'Skriv ett heltal, 0 eller mer, med bara siffror (till exempel 12).',
    );
    expect(input).toHaveAccessibleDescription(
      'Skriv ett heltal, 0 eller mer, med bara siffror (till exempel 12).',
    );
    expect(screen.getByText('Totalt 0 röster.')).toBeVisible();
  });

  it('reveals each consequence, the rule and the rating in words', async () => {
    const { user } = await renderSession();
    for (const text of consequences) expect(screen.queryByText(text)).toBeNull();
    expect(screen.queryByText('Bra val')).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Visa facit' }));

    expect(screen.getByRole('heading', { name: 'Facit: så blir det för varje val' })).toHaveFocus();
    const [a, b, c] = screen.getAllByRole('listitem');
    expect(a).toHaveTextContent('Följden av decline.');
    expect(a).toHaveTextContent('Regeln bakom: Regeln för decline.');
    expect(a).toHaveTextContent('✓ Bra val');
    expect(b).toHaveTextContent('~ Godtagbart val');
    expect(b).toHaveTextContent('Följden av ask.');
    expect(c).toHaveTextContent('✗ Dåligt val');
    expect(c).toHaveTextContent('Följden av accept.');
    expect(screen.queryByRole('button', { name: 'Visa facit' })).toBeNull();
  });

  it('lets the facilitator pick the choice the group goes on with, to an ending', async () => {
    const { user } = await renderSession();
    await user.type(screen.getByRole('textbox', { name: 'Röster på C' }), '5');
    await user.click(screen.getByRole('button', { name: 'Visa facit' }));
    // The most voted choice and the best one are both named.
    expect(screen.getByRole('button', { name: 'Gå vidare med C (flest röster)' })).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Gå vidare med A (bästa valet)' }));

    expect(screen.getByRole('heading', { level: 2, name: 'Vägval 2' })).toHaveFocus();
    expect(screen.getByText('Leverantören ringer igen.')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Visa facit' }));
    await user.click(screen.getByRole('button', { name: 'Gå vidare med B' }));

    expect(screen.getByRole('heading', { level: 2, name: 'Så slutade det' })).toHaveFocus();
    expect(screen.getByText('Dåligt slut')).toBeVisible();
    expect(screen.getByRole('heading', { name: 'Det gick illa' })).toBeVisible();
    const path = screen.getByRole('list');
    expect(
      within(path)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Vägval 1: A. Tacka nej ✓ Bra val', 'Vägval 2: B. Säg inget ✗ Dåligt val']);

    await user.click(screen.getByRole('button', { name: 'Börja om från början' }));
    expect(screen.getByRole('heading', { level: 2, name: 'Vägval 1' })).toHaveFocus();
    expect(screen.getByRole('textbox', { name: 'Röster på C' })).toHaveValue('');
  });

  it('reveals with → or space, goes on with →, and back with ←', async () => {
    const { user } = await renderSession();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByText('Följden av decline.')).toBeVisible();
    expect(screen.getByText('Med tangenten → går ni vidare med A.')).toBeVisible();

    // No votes: → follows the best choice.
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('heading', { level: 2, name: 'Vägval 2' })).toHaveFocus();
    expect(screen.queryByText('Följden av tell.')).toBeNull();

    await user.keyboard(' ');
    expect(screen.getByText('Följden av tell.')).toBeVisible();

    await user.keyboard('{ArrowLeft}');
    expect(screen.getByRole('heading', { level: 2, name: 'Vägval 1' })).toHaveFocus();
    // The step is as the group left it: answers still shown.
    expect(screen.getByText('Följden av decline.')).toBeVisible();

    // With votes, → goes on with the most voted choice.
    await user.type(screen.getByRole('textbox', { name: 'Röster på B' }), '4');
    await user.click(screen.getByRole('heading', { level: 1 }));
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('heading', { level: 2, name: 'Så slutade det' })).toHaveFocus();
    expect(screen.getByText('Godtagbart slut')).toBeVisible();
  });

  it('moves with PageDown and PageUp as a presenter clicker sends them, like → and ←', async () => {
    const { user } = await renderSession();
    await user.keyboard('{PageDown}');
    expect(screen.getByText('Följden av decline.')).toBeVisible();
    await user.keyboard('{PageDown}');
    expect(screen.getByRole('heading', { level: 2, name: 'Vägval 2' })).toHaveFocus();
    await user.keyboard('{PageUp}');
    expect(screen.getByRole('heading', { level: 2, name: 'Vägval 1' })).toHaveFocus();
  });

  it('refuses a vote like 1e3, 2.5 or -1 and counts it as nothing', async () => {
    const { user } = await renderSession();
    const input = screen.getByRole('textbox', { name: 'Röster på A' });
    expect(input).toHaveAttribute('inputmode', 'numeric');
    for (const typed of ['1e3', '2.5', '-1']) {
      await user.clear(input);
      await user.type(input, typed);
      expect(input).toHaveValue(typed);
      expect(screen.getByRole('alert')).toHaveTextContent('Skriv ett heltal');
      expect(screen.getByText('Totalt 0 röster.')).toBeVisible();
    }
    await user.clear(input);
    await user.type(input, '12');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByText('Totalt 12 röster.')).toBeVisible();
  });

  it('after "Helskärm", focus is on the session and space reveals instead of leaving full screen', async () => {
    const { user } = await renderSession();
    await user.click(screen.getByRole('button', { name: 'Helskärm' }));
    expect(screen.getByRole('heading', { level: 2, name: 'Vägval 1' })).toHaveFocus();
    await user.keyboard(' ');
    expect(document.body).toHaveClass('is-presenting');
    expect(screen.getByText('Följden av decline.')).toBeVisible();
  });

  it('never presses the notes or full screen toggle with space: space reveals', async () => {
    const { user } = await renderSession();
    const notes = screen.getByRole('button', { name: 'Visa anteckningar för dig som leder' });
    notes.focus();
    await user.keyboard(' ');
    expect(notes).toHaveAttribute('aria-pressed', 'false');
    expect(screen.queryByRole('complementary')).toBeNull();
    expect(screen.getByText('Följden av decline.')).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Helskärm' }));
    const exit = screen.getByRole('button', { name: 'Lämna helskärm' });
    exit.focus();
    await user.keyboard(' ');
    expect(document.body).toHaveClass('is-presenting');
    // Nor does it scroll the page from a link: it reveals (here: nothing more to reveal).
    screen.getByRole('link', { name: 'Tillbaka till alla dilemman' }).focus();
    await user.keyboard(' ');
    expect(document.body).toHaveClass('is-presenting');
    // Enter still presses a focused toggle.
    exit.focus();
    await user.keyboard('{Enter}');
    expect(document.body).not.toHaveClass('is-presenting');
  });

  it('reveals with space while focus is on a link, instead of scrolling', async () => {
    const { user } = await renderSession();
    screen.getByRole('link', { name: 'Tillbaka till alla dilemman' }).focus();
    await user.keyboard(' ');
    expect(screen.getByText('Följden av decline.')).toBeVisible();
  });

  it('ignores the arrow keys and space while focus is in a vote input', async () => {
    const { user } = await renderSession();
    const input = screen.getByRole('textbox', { name: 'Röster på A' });
    await user.click(input);
    await user.keyboard('2{ArrowRight} {ArrowLeft}{ArrowRight}');
    expect(input).toHaveFocus();
    expect(screen.queryByText('Följden av decline.')).toBeNull();
    expect(screen.getByRole('heading', { level: 2, name: 'Vägval 1' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Visa facit' })).toBeVisible();
  });

  it('keeps the facilitator notes hidden until they are turned on', async () => {
    const { user } = await renderSession();
    const toggle = screen.getByRole('button', { name: 'Visa anteckningar för dig som leder' });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    expect(screen.queryByRole('complementary')).toBeNull();
    expect(screen.queryByText('Regeln för decline.')).toBeNull();

    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    const notes = screen.getByRole('complementary', { name: 'Anteckningar för dig som leder' });
    expect(within(notes).getByRole('heading', { name: 'Bästa valet' })).toBeVisible();
    expect(notes).toHaveTextContent('A: Tacka nej');
    expect(notes).toHaveTextContent('Varför: Regeln för decline.');
    expect(within(notes).getAllByRole('listitem')[2]).toHaveTextContent('C: ✗ Dåligt val');

    await user.click(toggle);
    expect(screen.queryByRole('complementary')).toBeNull();
  });

  it('hides the app header and footer in full screen, and shows them again when it ends', async () => {
    const { user, unmount } = await renderSession();
    await user.click(screen.getByRole('button', { name: 'Helskärm' }));
    expect(document.body).toHaveClass('is-presenting');
    await user.click(screen.getByRole('button', { name: 'Lämna helskärm' }));
    expect(document.body).not.toHaveClass('is-presenting');

    await user.click(screen.getByRole('button', { name: 'Helskärm' }));
    await user.click(screen.getByRole('heading', { level: 1 }));
    await user.keyboard('{Escape}');
    expect(document.body).not.toHaveClass('is-presenting');

    await user.click(screen.getByRole('button', { name: 'Helskärm' }));
    unmount();
    expect(document.body).not.toHaveClass('is-presenting');
  });
});
