/**
 * The learner's identifier on "my assignments": an assignment that asks for
 * one but was accepted without it can have it added, it can be changed, and
 * the receipt carries it.
 */
import { screen, within } from '@testing-library/react';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import MyAssignmentsPage from '@/app/routes/my-assignments-page';
import { decodeReceiptCode } from '@/features/assignment/receipt-codec';
import type { Assignment } from '@/store/schema';
import { useAppStore } from '@/store/store';
import { blankState, catalogue, finished } from '../progress/fixtures';
import { renderWithRouter, setupI18n } from '../render';
import { installCourse, sameInEveryLanguage } from '../content-seam';

beforeAll(() => installCourse(sameInEveryLanguage(catalogue)));
beforeAll(async () => {
  await setupI18n('sv');
});

const byEmail: Assignment = {
  id: 'link-EMAIL01',
  title: 'Hösten',
  organisation: 'Kommunen',
  contact: 'hr@kommunen.se',
  modules: ['what-is-corruption', 'bribery-and-the-law'],
  passMark: 0.8,
  identifiedBy: 'email',
  acceptedAt: 1,
};
const byNumber: Assignment = {
  ...byEmail,
  id: 'link-NUMBER1',
  title: 'Chefer',
  identifiedBy: 'employee-number',
  learnerId: 'AB12',
  learnerIdAt: 1,
};

beforeEach(() => {
  const state = blankState();
  state.settings.learnerName = 'Kim Lind';
  state.assignments = { [byEmail.id]: byEmail, [byNumber.id]: byNumber };
  state.quizzes = { 'what-is-corruption': [finished('w1', 1, 0.9)] };
  useAppStore.getState().replaceAll(state);
});

const card = (title: string) => within(screen.getByRole('article', { name: title }));

describe("the learner's identifier on my assignments", () => {
  it('can be added to an assignment accepted without it, and then goes into the receipt', async () => {
    const { user } = renderWithRouter(<MyAssignmentsPage />, { route: '/assignments' });
    const autumn = card('Hösten');
    expect(
      autumn.getByText(
        'Uppdraget ber om din e-postadress. Skriv den här, så kommer den med i kvittot.',
      ),
    ).toBeInTheDocument();
    await user.click(autumn.getByRole('button', { name: 'Skicka kvitto' }));
    expect(
      autumn.getByText(
        'Uppdraget ber om din e-postadress. Skriv den ovan, så kommer den med i kvittot.',
      ),
    ).toBeInTheDocument();
    expect(autumn.queryByRole('textbox', { name: 'Kvittokod' })).toBeNull();

    const field = autumn.getByRole('textbox', { name: 'Din e-postadress' });
    await user.type(field, 'inte en adress');
    await user.click(autumn.getByRole('button', { name: 'Spara' }));
    expect(field).toHaveFocus();
    expect(field).toHaveAccessibleDescription(/^Skriv en hel e-postadress/);

    await user.clear(field);
    await user.type(field, 'Kim.Lind@Kommunen.se');
    await user.click(autumn.getByRole('button', { name: 'Spara' }));
    expect(autumn.getByText('E-postadress i kvittot: kim.lind@kommunen.se')).toBeInTheDocument();
    expect(autumn.getByRole('button', { name: 'Ändra e-postadressen' })).toHaveFocus();
    expect(autumn.getByText('Kvittot gäller Kim Lind (kim.lind@kommunen.se).')).toBeInTheDocument();

    const code = (await autumn.findByRole('textbox', { name: 'Kvittokod' })) as HTMLTextAreaElement;
    const decoded = await decodeReceiptCode(code.value);
    expect(decoded.ok && decoded.receipt).toMatchObject({
      learnerId: 'kim.lind@kommunen.se',
      assignment: { id: byEmail.id, identifiedBy: 'email' },
    });
  });

  it('is shown, and can be changed or the change cancelled', async () => {
    const { user } = renderWithRouter(<MyAssignmentsPage />, { route: '/assignments' });
    const chefer = card('Chefer');
    expect(chefer.getByText('Anställningsnummer i kvittot: AB12')).toBeInTheDocument();

    await user.click(chefer.getByRole('button', { name: 'Ändra anställningsnumret' }));
    const field = chefer.getByRole('textbox', { name: 'Ditt anställningsnummer' });
    expect(field).toHaveFocus();
    expect(field).toHaveValue('AB12');
    await user.click(chefer.getByRole('button', { name: 'Avbryt' }));
    expect(chefer.getByRole('button', { name: 'Ändra anställningsnumret' })).toHaveFocus();

    await user.click(chefer.getByRole('button', { name: 'Ändra anställningsnumret' }));
    await user.clear(chefer.getByRole('textbox', { name: 'Ditt anställningsnummer' }));
    await user.type(chefer.getByRole('textbox', { name: 'Ditt anställningsnummer' }), 'cd 34');
    await user.click(chefer.getByRole('button', { name: 'Spara' }));
    expect(chefer.getByText('Anställningsnummer i kvittot: CD34')).toBeInTheDocument();
    expect(chefer.getByRole('status')).toHaveTextContent(/^Sparat\./);
    expect(useAppStore.getState().assignments[byNumber.id]?.learnerId).toBe('CD34');
  });
});
