import { screen } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { ScenarioStepView } from '@/features/scenario/scenario-step';
import type { Language } from '@/config/languages';
import { renderWithRouter, setupI18n } from '../render';
import { choice, dilemma, step } from './fixtures';

const scenario = dilemma(
  [step('one', [choice('left', 'two')]), step('two', [choice('up', 'end')])],
  [{ id: 'end', rating: 'good', title: 'Slut', text: [] }],
);

async function renderStep(stepId: string, language: Language) {
  await setupI18n(language);
  const step = scenario.steps.find((s) => s.id === stepId)!;
  const run = { path: [], startedAt: 1, updatedAt: 1 };
  return renderWithRouter(
    <ScenarioStepView moduleId="m" scenario={scenario} scenarioKey="m/s" step={step} run={run} />,
  );
}

beforeAll(() => setupI18n('sv'));

describe('a dilemma step the round has not come to', () => {
  it.each([
    ['sv', 'Det här vägvalet har du inte kommit till i den här omgången.', 'redan passerat'],
    ['en', 'You have not come to this decision in this round.', 'already passed'],
  ] as const)(
    'says so in %s, not that it was passed, and offers no choice',
    async (lang, says, not) => {
      await renderStep('two', lang);
      expect(screen.getByText(says)).toBeInTheDocument();
      expect(screen.queryByText(new RegExp(not))).toBeNull();
      expect(screen.queryByRole('button')).toBeNull();
      expect(screen.getByRole('link')).toHaveAttribute('href', '/modules/m/scenarios/s/one');
    },
  );
});
