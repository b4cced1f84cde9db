import { act, screen, within } from '@testing-library/react';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import BuilderPage from '@/app/routes/builder-page';
import { useTrainerStore } from '@/features/group/trainer-store';
import { renderWithRouter, setupI18n } from '../render';
import { installCourse, sameInEveryLanguage } from '../content-seam';
import { catalogue } from '../progress/fixtures';

beforeAll(() => installCourse(sameInEveryLanguage(catalogue)));
beforeAll(async () => {
  await setupI18n('sv');
  // The page loads the list after itself; loaded here first, it arrives within a test's wait.
  await import('@/features/group/kept-assignments');
});
beforeEach(() => {
  useTrainerStore.setState({ groups: {}, undoable: null });
});

describe('Dina uppdrag on the builder page', () => {
  it('keeps each link made, and shows its link and QR code again', async () => {
    const render = () =>
      act(async () => renderWithRouter(<BuilderPage />, { route: '/trainer/assign' }));
    const { user, unmount } = await render();
    const mine = await screen.findByRole('region', { name: 'Dina uppdrag' });
    expect(within(mine).getByText(/inte gjort något uppdrag/)).toBeVisible();

    await user.type(screen.getByRole('textbox', { name: 'Uppdragets namn' }), 'Hösten grupp A');
    await user.type(screen.getByRole('textbox', { name: 'Organisation' }), 'Kommunen');
    await user.click(screen.getByRole('checkbox', { name: 'Mutbrott och lagen' }));
    await user.type(screen.getByLabelText('Sista dag (valfritt)'), '2099-06-30');
    await user.click(screen.getByRole('button', { name: 'Skapa länk' }));
    const link = (await screen.findByRole('textbox', {
      name: 'Länk till uppdraget',
    })) as HTMLInputElement;
    const url = link.value;

    const item = await within(mine).findByRole('listitem');
    expect(within(item).getByRole('heading', { name: 'Hösten grupp A' })).toBeVisible();
    expect(screen.getByText(/finns kvar under Dina uppdrag/)).toBeVisible();
    expect(item).toHaveTextContent(
      /Gjort \d{4}-\d\d-\d\d\. Sista dag 2099-06-30\. 0 kvitton inlästa\./,
    );
    expect(
      within(item).getByRole('link', { name: 'Resultat för ”Hösten grupp A”' }),
    ).toHaveAttribute('href', '/trainer/results');
    unmount();

    // Another visit: the assignment is still there, and its link comes back.
    const again = await render();
    expect(screen.queryByRole('textbox', { name: 'Länk till uppdraget' })).toBeNull();
    await again.user.click(
      await screen.findByRole('button', { name: 'Visa länk och QR-kod för ”Hösten grupp A”' }),
    );
    expect(await screen.findByRole('heading', { name: 'Länken till uppdraget' })).toHaveFocus();
    expect(screen.getByRole('textbox', { name: 'Länk till uppdraget' })).toHaveValue(url);
    expect(
      await screen.findByRole('img', { name: 'QR-kod som leder till uppdraget ”Hösten grupp A”.' }),
    ).toBeVisible();
  });
});
