/**
 * Break 3 of issue 12: when an updated app (another tab, or the last visit)
 * saved in a newer storage version, this older app overwrote it, with no
 * backup. An older app must keep the newer value, stop saving, and say so.
 */
import { readFileSync } from 'node:fs';
import { screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { StorageNotices } from '@/app/storage-notices';
import { STORAGE_KEY } from '@/store/safe-storage';
import { STORAGE_VERSION } from '@/store/schema';
import { useStorageStatus } from '@/store/storage-status';
import { createAppStore } from '@/store/store';
import { renderWithRouter, setupI18n } from '../render';
import { FlakyStorage } from './flaky-storage';

const v2 = readFileSync('tests/fixtures/storage/v2.json', 'utf8');
/** What a newer version of the app saves: a version this one does not know, with a field it does not know. */
const newer = JSON.stringify({
  ...JSON.parse(v2),
  state: {
    ...JSON.parse(v2).state,
    settings: { language: 'sv', learnerName: 'Kim', role: 'x', updatedAt: 5 },
  },
  version: STORAGE_VERSION + 1,
});

const backupKeys = (storage: Storage) =>
  Array.from({ length: storage.length }, (_, i) => storage.key(i)).filter((k) =>
    k?.startsWith('mutkollen:backup:'),
  );

beforeAll(() => setupI18n('sv'));
afterEach(() => {
  useStorageStatus.setState({ health: 'ok', recovered: null, outdated: false });
});

describe('an older app', () => {
  it('leaves a newer version’s saved value as it is when it starts, and saves nothing', () => {
    const storage = new FlakyStorage();
    storage.setItem(STORAGE_KEY, newer);
    const store = createAppStore(storage);
    store.getState().visitLesson('conflicts-of-interest', 'what-is-jav');
    store.getState().setLearnerName('Someone else');
    expect(storage.getItem(STORAGE_KEY)).toBe(newer);
    expect(backupKeys(storage)).toEqual([]);
    expect(useStorageStatus.getState().outdated).toBe(true);
  });

  it('stops saving once another tab saves in a newer version', () => {
    const storage = new FlakyStorage();
    const store = createAppStore(storage);
    store.getState().visitLesson('conflicts-of-interest', 'what-is-jav');
    storage.setItem(STORAGE_KEY, newer);
    window.dispatchEvent(new StorageEvent('storage', { key: STORAGE_KEY, newValue: newer }));
    expect(useStorageStatus.getState().outdated).toBe(true);

    store.getState().visitLesson('conflicts-of-interest', 'the-rules');
    expect(storage.getItem(STORAGE_KEY)).toBe(newer);
  });

  it('stops saving even when it never heard of the newer save', () => {
    const storage = new FlakyStorage();
    const store = createAppStore(storage);
    storage.setItem(STORAGE_KEY, newer);
    store.getState().visitLesson('conflicts-of-interest', 'what-is-jav');
    expect(storage.getItem(STORAGE_KEY)).toBe(newer);
    expect(useStorageStatus.getState().outdated).toBe(true);
  });
});

describe('the notice that the page is out of date', () => {
  it.each([
    ['sv', 'En nyare version av Mutkollen har sparat dina resultat.', 'Ladda om sidan'],
    ['en', 'A newer version of Mutkollen has saved your progress.', 'Reload the page'],
  ] as const)('is an alert in %s, with a way to reload', async (language, title, action) => {
    await setupI18n(language);
    useStorageStatus.setState({ outdated: true });
    renderWithRouter(<StorageNotices />);
    expect(screen.getByRole('alert')).toHaveTextContent(title);
    expect(screen.getByRole('alert')).toHaveTextContent(/sparar inget mer|saves nothing more/);
    expect(screen.getByRole('button', { name: action })).toBeInTheDocument();
    await setupI18n('sv');
  });
});
