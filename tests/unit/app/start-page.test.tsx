import { act, screen } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import StartPage from '@/app/routes/start-page';
import { emptyState } from '@/store/persisted-fields';
import { useAppStore } from '@/store/store';
import { renderWithRouter, setupI18n } from '../render';
import { installCourse, sameInEveryLanguage } from '../content-seam';
import { catalogue } from '../progress/fixtures';

beforeAll(() => installCourse(sameInEveryLanguage(catalogue)));

beforeAll(async () => {
  await setupI18n('sv');
});

async function renderStart() {
  await act(async () => {
    renderWithRouter(<StartPage />);
  });
}

describe('the start page', () => {
  it('shows the catalogue with the assignments panel once there is an assignment', async () => {
    useAppStore.setState({
      ...emptyState('sv'),
      assignments: {
        'link-AUTUMN1': {
          id: 'link-AUTUMN1',
          title: 'Hösten',
          organisation: 'Kommunen',
          contact: '',
          modules: ['what-is-corruption'],
          passMark: 0.8,
          acceptedAt: 1,
        },
      },
    });
    await renderStart();
    expect(await screen.findByRole('heading', { level: 2, name: 'Dina uppdrag' })).toBeVisible();
    expect(screen.getByText('Hösten')).toBeVisible();
  });

  it('shows no assignments panel without assignments', async () => {
    useAppStore.setState(emptyState('sv'));
    await renderStart();
    expect(await screen.findByRole('heading', { level: 1 })).toBeVisible();
    expect(screen.queryByRole('heading', { name: 'Dina uppdrag' })).toBeNull();
  });
});
