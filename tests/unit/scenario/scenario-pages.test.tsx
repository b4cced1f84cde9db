import { act, screen } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import ScenarioPage from '@/app/routes/scenario-page';
import ScenarioStepPage from '@/app/routes/scenario-step-page';
import { paths, routePatterns } from '@/lib/paths';
import { emptyState } from '@/store/persisted-fields';
import { useAppStore } from '@/store/store';
import { renderWithRouter, setupI18n } from '../render';

// The real course: "Lunchen efter kontrollen", whose first step ends with "Vad gör du?".
const moduleId = 'what-is-corruption';
const scenarioId = 'inspection-lunch';
const key = `${moduleId}/${scenarioId}`;
const intro = /Du är livsmedelsinspektör i en kommun/;

async function renderAt(route: string) {
  let result: ReturnType<typeof renderWithRouter> | undefined;
  await act(async () => {
    result = renderWithRouter(
      <Routes>
        <Route path={routePatterns.scenario} element={<ScenarioPage />} />
        <Route path={routePatterns.scenarioStep} element={<ScenarioStepPage />} />
      </Routes>,
      { route },
    );
  });
  await screen.findByRole('heading', { level: 1 });
  return result!;
}

const found = (endings: string[]) =>
  useAppStore.setState({
    ...emptyState('sv'),
    scenarios: { [key]: { endingsFound: endings, updatedAt: 1 } },
  });

beforeEach(async () => {
  await setupI18n('sv');
  useAppStore.setState(emptyState('sv'));
});

describe('the first step of a dilemma', () => {
  it('does not repeat the intro, and asks "Vad gör du?" once', async () => {
    useAppStore.getState().startScenario(key);
    await renderAt(paths.scenarioStep(moduleId, scenarioId, 'the-offer'));
    expect(screen.getByText(/Ät lunch här, det bjuder jag på!/)).toBeVisible();
    expect(screen.queryByText(intro)).toBeNull();
    expect(screen.getAllByText(/Vad gör du\?/)).toHaveLength(1);
    expect(
      screen.getByRole('heading', { level: 2, name: 'Välj ett av alternativen' }),
    ).toBeVisible();
  });

  it('keeps the intro on the dilemma’s own page', async () => {
    await renderAt(paths.scenario(moduleId, scenarioId));
    expect(screen.getByText(intro)).toBeVisible();
  });
});

describe('the count of endings found', () => {
  it('is not shown before the learner has reached an ending', async () => {
    await renderAt(paths.scenario(moduleId, scenarioId));
    expect(screen.queryByText(/Du har hittat/)).toBeNull();
    expect(screen.queryByText('Inte hittat än')).toBeNull();
    expect(screen.getByRole('button', { name: 'Börja' })).toBeVisible();
  });

  it('shows "1 av 3" once an ending is found, on the dilemma’s page', async () => {
    found(['end-poor']);
    await renderAt(paths.scenario(moduleId, scenarioId));
    expect(
      screen.getByRole('heading', { level: 2, name: 'Du har hittat 1 av 3 slut' }),
    ).toBeVisible();
    expect(screen.getAllByText('Inte hittat än')).toHaveLength(2);
  });

  it('explains what an ending is at the first ending, and not after that', async () => {
    found(['end-poor']);
    const first = await renderAt(paths.scenarioStep(moduleId, scenarioId, 'end-poor'));
    expect(screen.getByText('Du har hittat 1 av 3 slut')).toBeVisible();
    expect(screen.getByText(/Ett dilemma kan sluta på flera sätt/)).toBeVisible();
    first.unmount();

    found(['end-poor', 'end-good']);
    await renderAt(paths.scenarioStep(moduleId, scenarioId, 'end-good'));
    expect(screen.getByText('Du har hittat 2 av 3 slut')).toBeVisible();
    expect(screen.queryByText(/Ett dilemma kan sluta på flera sätt/)).toBeNull();
  });
});
