/**
 * Sending a receipt from "my assignments": when it can be sent (at any time,
 * since receipts of format 3 show progress), to whom, what it says of each
 * module, and the mail it opens.
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

const done: Assignment = {
  id: 'link-DONE1',
  title: 'Hösten & våren',
  organisation: 'Kommunen',
  contact: 'Anna Lind <anna.lind@kommunen.se>',
  modules: ['what-is-corruption', 'bribery-and-the-law'],
  passMark: 0.8,
  acceptedAt: 1,
};
const byName: Assignment = { ...done, id: 'link-NAME1', title: 'Chefer', contact: 'Anna Lind, HR' };
const noContact: Assignment = { ...done, id: 'link-NONE1', title: 'Alla', contact: '' };
const partial: Assignment = {
  ...done,
  id: 'link-PART1',
  title: 'Fördjupning',
  modules: ['what-is-corruption', 'extra-reading'],
};
const notYet: Assignment = {
  ...done,
  id: 'link-LATER1',
  title: 'Senare',
  modules: ['extra-reading'],
};

beforeEach(() => {
  const state = blankState();
  state.settings.learnerName = 'Kim Lind';
  state.assignments = Object.fromEntries(
    [done, byName, noContact, partial, notYet].map((a, n) => [a.id, { ...a, acceptedAt: n }]),
  );
  state.quizzes = {
    'what-is-corruption': [finished('w1', 1, 0.9)],
    'bribery-and-the-law': [finished('b1', 2, 0.8)],
  };
  useAppStore.getState().replaceAll(state);
});

const card = (title: string) => screen.getByRole('article', { name: title });

async function openReceipt(title: string) {
  const { user } = renderWithRouter(<MyAssignmentsPage />, { route: '/assignments' });
  await user.click(within(card(title)).getByRole('button', { name: 'Skicka kvitto' }));
  const code = (await within(card(title)).findByRole('textbox', {
    name: 'Kvittokod',
  })) as HTMLTextAreaElement;
  return { user, code: code.value };
}

describe('sending a receipt from my assignments', () => {
  it('says plainly when and how to send it, and offers it before anything is done', async () => {
    const { user } = renderWithRouter(<MyAssignmentsPage />, { route: '/assignments' });
    const later = within(card('Senare'));
    expect(
      later.getByText(
        'Skicka kvittot till Anna Lind <anna.lind@kommunen.se> när du är klar. Din utbildare kan också be dig skicka det tidigare för att se hur det går.',
      ),
    ).toBeInTheDocument();
    expect(later.getByText(/^Tryck på ”Skicka kvitto”/)).toBeInTheDocument();
    await user.click(later.getByRole('button', { name: 'Skicka kvitto' }));
    expect(later.getByRole('heading', { name: 'Kvitto på hur långt du har kommit' })).toHaveFocus();
    expect(later.getByText('Fördjupning: inte påbörjad')).toBeInTheDocument();
    const code = (await later.findByRole('textbox', { name: 'Kvittokod' })) as HTMLTextAreaElement;
    const decoded = await decodeReceiptCode(code.value);
    expect(decoded.ok && decoded.receipt.modules).toEqual([
      { id: 'extra-reading', status: 'not-started' },
    ]);
    expect(decoded.ok && decoded.receipt.completedOn).toBeUndefined();
  });

  it('opens the mail program with the contact, the subject and the code', async () => {
    const { code } = await openReceipt('Hösten & våren');
    const receipt = within(card('Hösten & våren'));
    expect(
      receipt.getByText(
        'Du är klar. Skicka ett kvitto till Anna Lind <anna.lind@kommunen.se>, så att det syns att du har gjort uppdraget.',
      ),
    ).toBeInTheDocument();
    expect(receipt.getByRole('heading', { name: 'Kvitto på att du är klar' })).toHaveFocus();
    const body =
      'Hej!\r\n\r\nHär är mitt kvitto från Mutkollen. Du kan klistra in hela mejlet på sidan ' +
      `Resultat för uppdrag i Mutkollen.\r\n\r\n${code}\r\n\r\nHälsningar\r\nKim Lind`;
    expect(receipt.getByRole('link', { name: 'Skicka till kontaktpersonen' })).toHaveAttribute(
      'href',
      `mailto:anna.lind@kommunen.se?subject=Kvitto%3A%20H%C3%B6sten%20%26%20v%C3%A5ren&body=${encodeURIComponent(body)}`,
    );
    expect(
      receipt.getByText(
        'Ditt e-postprogram öppnas med ett mejl till anna.lind@kommunen.se, med kvittokoden i. Läs igenom mejlet och skicka det.',
      ),
    ).toBeInTheDocument();
    expect(receipt.getByRole('button', { name: 'Ladda ned kvittot som fil' })).toBeInTheDocument();
  });

  it('says whom to send it to, and offers the code to copy, when the contact is no address', async () => {
    await openReceipt('Chefer');
    const receipt = within(card('Chefer'));
    expect(receipt.queryByRole('link', { name: 'Skicka till kontaktpersonen' })).toBeNull();
    expect(
      receipt.getByText(
        'Skicka kvittot till Anna Lind, HR. Kopiera koden och klistra in den i ett mejl eller ett meddelande, eller ladda ned filen och bifoga den.',
      ),
    ).toBeInTheDocument();
    expect(receipt.getByRole('button', { name: 'Kopiera' })).toBeInTheDocument();
    expect(receipt.getByRole('button', { name: 'Ladda ned kvittot som fil' })).toBeInTheDocument();
  });

  it('says to send it to whoever gave the assignment when there is no contact', async () => {
    await openReceipt('Alla');
    expect(
      within(card('Alla')).getByText(/^Skicka kvittot till den som gav dig uppdraget\. Kopiera/),
    ).toBeInTheDocument();
  });

  it('offers a receipt of part of an assignment, each module passed, started or not started', async () => {
    useAppStore.setState((state) => ({
      modules: { 'extra-reading': { lessonsVisited: ['intro'], updatedAt: 9 } },
      assignments: state.assignments,
    }));
    const { code } = await openReceipt('Fördjupning');
    const receipt = within(card('Fördjupning'));
    expect(
      receipt.getByText(/^Skicka kvittot till Anna Lind .* när du är klar\./),
    ).toBeInTheDocument();
    expect(
      receipt.getByRole('heading', { name: 'Kvitto på hur långt du har kommit' }),
    ).toHaveFocus();
    expect(receipt.getByText(/^Vad är korruption\?: klar, 90 % rätt, /)).toBeInTheDocument();
    expect(receipt.getByText('Fördjupning: påbörjad')).toBeInTheDocument();
    const decoded = await decodeReceiptCode(code);
    expect(decoded.ok && decoded.receipt.modules).toEqual([
      { id: 'what-is-corruption', status: 'passed', score: 0.9, passedOn: '2026-11-22' },
      { id: 'extra-reading', status: 'started' },
    ]);
    expect(receipt.getByRole('link', { name: 'Skicka till kontaktpersonen' })).toHaveAttribute(
      'href',
      expect.stringMatching(
        /^mailto:anna\.lind@kommunen\.se\?subject=Kvitto%3A%20F%C3%B6rdjupning&body=.*R3\./,
      ),
    );
  });
});
