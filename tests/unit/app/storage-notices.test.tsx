/**
 * Break 6 of issue 12: the notice said "we saved a copy" when the copy could not
 * be written. It must say what really happened.
 */
import { screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { StorageNotices } from '@/app/storage-notices';
import { STORAGE_KEY } from '@/store/safe-storage';
import { useStorageStatus } from '@/store/storage-status';
import { createAppStore } from '@/store/store';
import { renderWithRouter, setupI18n } from '../render';
import { FlakyStorage } from '../store/flaky-storage';

beforeAll(() => setupI18n('sv'));
afterEach(() => {
  useStorageStatus.setState({ health: 'ok', recovered: null, outdated: false });
});

/** Starts a store on a stored value that cannot be read, with writes failing or not. */
function startOn(value: string, failWrites: boolean) {
  const storage = new FlakyStorage();
  storage.setItem(STORAGE_KEY, value);
  if (failWrites) storage.failWrites = new DOMException('full', 'QuotaExceededError');
  createAppStore(storage, { syncTabs: false });
  renderWithRouter(<StorageNotices />);
  return storage;
}

describe('the notice after a saved value could not be read', () => {
  it('says no copy was made when none could be, that nothing is saved, and offers a download', () => {
    const storage = startOn('not json', true);
    const notice = screen
      .getByText(/Vi kunde inte läsa dina sparade resultat\./)
      .closest('.notice')!;
    expect(notice).not.toHaveTextContent(/sparat en kopia|En kopia av allt/);
    expect(notice).toHaveTextContent(
      'Ingen kopia kunde sparas, eftersom webbläsarens lagring är full eller spärrad. Därför ligger det sparade kvar som det var, och det du gör nu sparas inte.',
    );
    expect(screen.getByRole('button', { name: 'Ladda ner det som är sparat' })).toBeInTheDocument();
    expect(storage.getItem(STORAGE_KEY)).toBe('not json');
  });

  it('says where the copy is when one was made, and whether anything was kept', async () => {
    startOn('{"state": broken', false);
    expect(screen.getByRole('status')).toHaveTextContent(
      'Vi kunde inte läsa dina sparade resultat. Det sparade var skadat. Inget av det gick att läsa, så appen började om från början. En kopia av allt som var sparat finns under Säkerhetskopior på sidan Mina resultat.',
    );
    expect(screen.getByRole('link', { name: 'Till säkerhetskopiorna' })).toHaveAttribute(
      'href',
      '/progress',
    );
  });

  it('says so in English too', async () => {
    await setupI18n('en');
    startOn('not json', true);
    expect(screen.getByRole('status')).toHaveTextContent('No copy could be made');
    await setupI18n('sv');
  });
});
