/**
 * Break 1 of issue 12: when a page failed on what was saved, reset, export and
 * import lived on the broken page. The error pages now offer the way out
 * themselves: download what is saved, bring back a backup, start again.
 */
import { readFileSync } from 'node:fs';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Route, Routes } from 'react-router';
import { AppError } from '@/app/app-error';
import { RouteErrorBoundary } from '@/app/route-error-boundary';
import { FALLBACK } from '@/components/recovery/recovery-text';
import { RecoveryPanel } from '@/components/recovery/recovery-panel';
import { listBackups } from '@/store/backups';
import { loadPersisted } from '@/store/load-persisted';
import { STORAGE_KEY } from '@/store/safe-storage';
import { useAppStore } from '@/store/store';
import { renderWithRouter, setupI18n } from '../render';

const v2 = readFileSync('tests/fixtures/storage/v2.json', 'utf8');

function seed() {
  const loaded = loadPersisted(v2);
  if (!loaded.ok || !loaded.state) throw new Error('fixture');
  act(() =>
    useAppStore
      .getState()
      .replaceAll({ ...loaded.state!, settings: { ...loaded.state!.settings, language: 'sv' } }),
  );
}

function Broken(): never {
  throw new Error('boom');
}

function captureDownloads() {
  const blobs: Blob[] = [];
  Object.assign(URL, {
    createObjectURL: vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:x';
    }),
    revokeObjectURL: vi.fn(),
  });
  return blobs;
}

afterEach(() => vi.restoreAllMocks());

describe('the way out on the last-resort error page', () => {
  it('works before any strings are loaded, in Swedish', async () => {
    seed();
    const blobs = captureDownloads();
    const user = userEvent.setup();
    render(<AppError />);
    expect(screen.getByRole('heading', { level: 1, name: 'Något gick fel' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Ladda ner det som är sparat' }));
    expect(await blobs[0]!.text()).toBe(localStorage.getItem(STORAGE_KEY));
    expect(
      screen.getByText(/^Klart\. Filen mutkollen-progress-\d{4}-\d\d-\d\d\.json är nedladdad\.$/),
    );
    expect(screen.getByRole('region', { name: 'Säkerhetskopior' })).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Radera alla resultat och börja om' }),
    ).toBeInTheDocument();
  });

  it('has its built-in wording equal to the Swedish strings, the source of truth', () => {
    const sv = JSON.parse(readFileSync('src/locales/sv/common.json', 'utf8'));
    for (const [key, text] of Object.entries(FALLBACK)) {
      const value = key.split('.').reduce((node, part) => node?.[part], sv);
      expect(value, key).toBe(text);
    }
  });

  it('speaks the learner’s language once the strings are there', async () => {
    await setupI18n('en');
    render(<AppError />);
    expect(
      screen.getByRole('heading', { level: 1, name: 'Something went wrong' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Download what is saved' })).toBeInTheDocument();
    await setupI18n('sv');
  });
});

describe('a page that fails', () => {
  it('offers the way out beside the way back', async () => {
    await setupI18n('sv');
    seed();
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    renderWithRouter(
      <Routes>
        <Route
          path="/broken"
          element={
            <RouteErrorBoundary>
              <Broken />
            </RouteErrorBoundary>
          }
        />
      </Routes>,
      { route: '/broken' },
    );
    expect(await screen.findByRole('heading', { name: 'Något gick fel' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Till startsidan' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Ladda ner det som är sparat' })).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Radera alla resultat och börja om' }),
    ).toBeInTheDocument();
  });
});

describe('starting again from the error page', () => {
  it('asks first, keeps a backup, and then starts the app afresh', async () => {
    await setupI18n('sv');
    seed();
    const onChanged = vi.fn();
    const user = userEvent.setup();
    render(<RecoveryPanel onChanged={onChanged} />);
    await user.click(screen.getByRole('button', { name: 'Radera alla resultat och börja om' }));
    const warning = screen.getByRole('group', { name: /Vill du radera allt/ });
    expect(warning).toHaveFocus();
    await user.click(within(warning).getByRole('button', { name: 'Ja, radera och börja om' }));
    expect(onChanged).toHaveBeenCalledOnce();
    expect(useAppStore.getState().quizzes).toEqual({});
    expect(listBackups(localStorage).map((b) => b.reason)).toEqual(['reset']);
  });

  it('brings a backup back and starts the app afresh', async () => {
    await setupI18n('sv');
    seed();
    useAppStore.getState().resetAll();
    const onChanged = vi.fn();
    const user = userEvent.setup();
    render(<RecoveryPanel onChanged={onChanged} />);
    await user.click(screen.getByRole('button', { name: /^Ta tillbaka kopian Före radering/ }));
    expect(onChanged).toHaveBeenCalledOnce();
    expect(useAppStore.getState().quizzes['what-is-corruption']).toHaveLength(1);
  });
});
