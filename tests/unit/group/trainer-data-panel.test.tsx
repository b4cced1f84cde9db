import { screen } from '@testing-library/react';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { TrainerDataPanel } from '@/features/group/trainer-data-panel';
import { useTrainerStore } from '@/features/group/trainer-store';
import { renderWithRouter, setupI18n } from '../render';
import { group, NOW, readReceipt } from './fixtures';

vi.mock('@/lib/download-file', () => ({ downloadText: vi.fn() }));
const { downloadText } = await import('@/lib/download-file');

beforeAll(async () => {
  await setupI18n('sv');
});
beforeEach(() => {
  useTrainerStore.setState({ groups: {}, undoable: null });
  useTrainerStore
    .getState()
    .keepReceipts([readReceipt('link-a', 'Anna'), readReceipt('link-a', 'Bo')]);
});

const backupFile = (text: string) => new File([text], 'kopia.json', { type: 'application/json' });

describe('TrainerDataPanel', () => {
  it('empties the results only after asking, and brings them back on Ångra', async () => {
    const { user } = renderWithRouter(<TrainerDataPanel assignmentId="link-a" />);
    await user.click(screen.getByRole('button', { name: 'Töm resultaten för det här uppdraget' }));
    expect(screen.getByRole('group', { name: /ta bort alla 2 kvitton/ })).toHaveFocus();
    expect(useTrainerStore.getState().groups['link-a']!.receipts).toHaveLength(2);
    await user.click(screen.getByRole('button', { name: 'Ja, töm resultaten' }));
    expect(useTrainerStore.getState().groups['link-a']!.receipts).toHaveLength(0);
    expect(screen.getByText(/är borttagna/)).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Ångra' }));
    expect(useTrainerStore.getState().groups['link-a']!.receipts).toHaveLength(2);
    expect(screen.getByRole('status')).toHaveTextContent('Resultaten är tillbaka.');
  });

  it('keeps the results when the trainer answers no', async () => {
    const { user } = renderWithRouter(<TrainerDataPanel assignmentId="link-a" />);
    await user.click(screen.getByRole('button', { name: 'Töm resultaten för det här uppdraget' }));
    await user.click(screen.getByRole('button', { name: 'Nej, behåll dem' }));
    expect(useTrainerStore.getState().groups['link-a']!.receipts).toHaveLength(2);
  });

  it('saves a copy as a file, and reads one back saying what it added', async () => {
    const { user } = renderWithRouter(<TrainerDataPanel assignmentId="link-a" />);
    await user.click(screen.getByRole('button', { name: 'Spara en kopia som fil' }));
    expect(downloadText).toHaveBeenCalledWith(
      expect.stringContaining('"mutkollen-trainer-backup"'),
      expect.stringMatching(/^mutkollen-trainer-\d{4}-\d\d-\d\d\.json$/),
      'application/json',
    );
    const copy = JSON.stringify({
      format: 'mutkollen-trainer-backup',
      version: 1,
      exportedAt: NOW,
      groups: { b: group('b', { receipts: [{ text: 'R2.b', importedAt: NOW }] }) },
    });
    await user.upload(screen.getByLabelText('Läs in en sparad kopia'), backupFile(copy));
    expect(
      await screen.findByText(/1 uppdrag, 1 kvitto och 0 deltagare har lagts till/),
    ).toBeVisible();
    expect(Object.keys(useTrainerStore.getState().groups).sort()).toEqual(['b', 'link-a']);
  });

  it('names the problem of a file that is not a copy, and changes nothing', async () => {
    const { user } = renderWithRouter(<TrainerDataPanel assignmentId="link-a" />);
    await user.upload(
      screen.getByLabelText('Läs in en sparad kopia'),
      backupFile('{"format":"x"}'),
    );
    expect(await screen.findByText(/ingen sparad kopia av resultat/)).toBeVisible();
    expect(Object.keys(useTrainerStore.getState().groups)).toEqual(['link-a']);
  });
});
