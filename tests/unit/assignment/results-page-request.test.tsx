import { screen } from '@testing-library/react';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import ResultsPage from '@/app/routes/results-page';
import type { Receipt } from '@/features/assignment/receipt';
import { receiptToJson } from '@/features/assignment/receipt-codec';
import { useTrainerStore } from '@/features/group/trainer-store';
import { renderWithRouter, setupI18n } from '../render';
import { realisticReceipt } from './arbitraries';
import { installCourse, sameInEveryLanguage } from '../content-seam';
import { catalogue } from '../progress/fixtures';

beforeAll(() => installCourse(sameInEveryLanguage(catalogue)));
beforeAll(async () => {
  await setupI18n('sv');
});

const receiptFor = (id: string, title: string): Receipt => ({
  ...realisticReceipt,
  assignment: { ...realisticReceipt.assignment, id, title },
});

beforeEach(() => {
  useTrainerStore.setState({ groups: {}, undoable: null });
  const receipts = [receiptFor('link-AAAAAAA', 'Hösten A'), receiptFor('link-BBBBBBB', 'Våren B')];
  useTrainerStore
    .getState()
    .keepReceipts(receipts.map((receipt) => ({ receipt, text: receiptToJson(receipt) })));
});

describe('opening one kept assignment from its results link', () => {
  it.each([
    ['link-AAAAAAA', 'Hösten A'],
    ['link-BBBBBBB', 'Våren B'],
  ])('opens %s when the link asks for it', async (assignmentId, title) => {
    renderWithRouter(<ResultsPage />, { route: '/trainer/results', state: { assignmentId } });
    const choice = await screen.findByRole('combobox', { name: 'Uppdrag' });
    expect(choice).toHaveValue(assignmentId);
    expect(choice.querySelector('option:checked')).toHaveTextContent(title);
  });
});
