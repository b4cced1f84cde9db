import { screen, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { AssignmentsPanel } from '@/features/assignment/assignments-panel';
import MyAssignmentsPage from '@/app/routes/my-assignments-page';
import { decodeReceiptCode, decodeReceiptJson } from '@/features/assignment/receipt-codec';
import type { Assignment } from '@/store/schema';
import { useAppStore } from '@/store/store';
import { blankState, finished } from '../progress/fixtures';
import { renderWithRouter, setupI18n } from '../render';
import { installCourse, sameInEveryLanguage } from '../content-seam';
import { catalogue } from '../progress/fixtures';

beforeAll(() => installCourse(sameInEveryLanguage(catalogue)));

const autumn: Assignment = {
  id: 'link-AUTUMN1',
  title: 'Hösten',
  organisation: 'Kommunen',
  contact: 'hr@kommunen.se',
  modules: ['what-is-corruption', 'bribery-and-the-law'],
  passMark: 0.8,
  due: '2026-12-31',
  acceptedAt: 1,
};

const strict: Assignment = {
  ...autumn,
  id: 'link-STRICT1',
  title: 'Chefer',
  modules: ['what-is-corruption', 'bribery-and-the-law', 'extra-reading'],
  passMark: 0.9,
  due: '2020-01-31',
};

beforeAll(async () => {
  await setupI18n('sv');
});

beforeEach(() => {
  const state = blankState();
  state.assignments = { [autumn.id]: autumn, [strict.id]: strict };
  state.quizzes = {
    'what-is-corruption': [finished('w1', 1, 0.9)],
    'bribery-and-the-law': [finished('b1', 2, 0.8)],
  };
  useAppStore.getState().replaceAll(state);
});

const card = (title: string) => screen.getByRole('article', { name: title });

describe('my assignments', () => {
  it('shows progress against each assignment’s own pass mark, and late only by word and symbol', () => {
    renderWithRouter(<MyAssignmentsPage />, { route: '/assignments' });

    expect(within(card('Hösten')).getByText(/2 av 2 moduler klara/)).toBeInTheDocument();
    expect(within(card('Hösten')).getByText(/Klart 23 november 2026/)).toBeInTheDocument();
    expect(within(card('Hösten')).queryByText('Försenat')).toBeNull();

    const chefer = card('Chefer');
    expect(within(chefer).getByText('1 av 3 moduler klara')).toBeInTheDocument();
    expect(within(chefer).getByText('Försenat')).toBeInTheDocument();
    expect(within(chefer).getByRole('link', { name: 'Mutbrott och lagen' })).toHaveAttribute(
      'href',
      '/modules/bribery-and-the-law',
    );
    // Each module as the receipt will report it: passed, started (tried below this pass mark), or
    // not started.
    const modules = within(chefer).getByRole('list', { name: 'Moduler i uppdraget Chefer' });
    expect(
      within(modules)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      expect.stringMatching(/✓ Klar \(bästa resultat 90\s%\)$/),
      expect.stringMatching(/◐ Påbörjad \(bästa resultat 80\s%\)$/),
      expect.stringMatching(/○ Inte påbörjad$/),
    ]);
    // A receipt can be sent at any time: of part of the assignment too (receipt format 3).
    expect(within(chefer).getByRole('button', { name: 'Skicka kvitto' })).toBeInTheDocument();
    expect(
      within(chefer).getByText(
        /när du är klar\. Din utbildare kan också be dig skicka det tidigare/,
      ),
    ).toBeInTheDocument();
  });

  it('asks for the name, then offers the receipt as a file and as a code', async () => {
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:test';
    });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const { user } = renderWithRouter(<MyAssignmentsPage />, { route: '/assignments' });

    await user.click(within(card('Hösten')).getByRole('button', { name: 'Skicka kvitto' }));
    expect(screen.getByRole('heading', { name: 'Kvitto på att du är klar' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Spara namnet' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Skriv ditt namn.');
    await user.type(
      screen.getByRole('textbox', { name: 'Ditt namn, som det ska stå på kvittot' }),
      'Kim Lind',
    );
    await user.click(screen.getByRole('button', { name: 'Spara namnet' }));
    expect(useAppStore.getState().settings.learnerName).toBe('Kim Lind');

    expect(screen.getByText(/inte mot den som medvetet vill förfalska/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Ladda ned kvittot som fil' }));
    expect(
      screen.getByText(/mutkollen-receipt-kim-lind-2026-11-23\.json har laddats ned/),
    ).toBeInTheDocument();
    const file = decodeReceiptJson(await blobs[0]!.text());
    expect(file.ok && file.receipt).toMatchObject({
      name: 'Kim Lind',
      assignment: { id: autumn.id, title: 'Hösten', due: '2026-12-31' },
      modules: [
        { id: 'what-is-corruption', score: 0.9, passedOn: '2026-11-22' },
        { id: 'bribery-and-the-law', score: 0.8, passedOn: '2026-11-23' },
      ],
      completedOn: '2026-11-23',
      courseVersion: '1.2.0',
    });

    const code = (await screen.findByRole('textbox', { name: 'Kvittokod' })) as HTMLTextAreaElement;
    const fromCode = await decodeReceiptCode(code.value);
    expect(fromCode.ok && file.ok && fromCode.check).toBe(file.ok && file.check);
  });

  it('removes an assignment only after asking, and says so', async () => {
    const { user } = renderWithRouter(<MyAssignmentsPage />, { route: '/assignments' });
    await user.click(within(card('Chefer')).getByRole('button', { name: 'Ta bort uppdraget' }));
    expect(screen.getByText(/Vill du ta bort uppdraget ”Chefer”/)).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Avbryt' }));
    expect(within(card('Chefer')).getByRole('button', { name: 'Ta bort uppdraget' })).toHaveFocus();

    await user.click(within(card('Chefer')).getByRole('button', { name: 'Ta bort uppdraget' }));
    await user.click(screen.getByRole('button', { name: 'Ja, ta bort' }));
    expect(screen.queryByRole('article', { name: 'Chefer' })).toBeNull();
    expect(Object.keys(useAppStore.getState().assignments)).toEqual([autumn.id]);
    expect(screen.getByRole('status')).toHaveTextContent('Uppdraget ”Chefer” är borttaget.');
    expect(screen.getByRole('status')).toHaveFocus();
  });
});

describe('the start page panel', () => {
  it('shows nothing without assignments', () => {
    useAppStore.getState().replaceAll(blankState());
    const { container } = renderWithRouter(<AssignmentsPanel />);
    expect(container).toBeEmptyDOMElement();
  });

  it('lists the assignments and opens a finished one’s receipt on my assignments', async () => {
    const { user } = renderWithRouter(
      <Routes>
        <Route path="/" element={<AssignmentsPanel />} />
        <Route path="/assignments" element={<MyAssignmentsPage />} />
      </Routes>,
    );
    const panel = screen.getByRole('region', { name: 'Dina uppdrag' });
    expect(
      within(panel)
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent),
    ).toEqual(['Chefer', 'Hösten']);
    const autumnCard = within(panel).getByRole('article', { name: 'Hösten' });
    await user.click(within(autumnCard).getByRole('link', { name: 'Skicka kvitto' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Mina uppdrag' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Kvitto på att du är klar' })).toHaveFocus();
  });
});
