import type { Scenario, ScenarioChoice, ScenarioEnding, ScenarioStep } from '@/types/content';

/** A good choice `id` that leads to `next`, with its texts named after it. */
export const choice = (id: string, next: string): ScenarioChoice => ({
  id,
  next,
  quality: 'good',
  text: `Val ${id}`,
  consequence: `Följd av ${id}`,
  rule: 'Regel',
  sources: [],
});

/** A decision point `id` with its choices. */
export const step = (id: string, choices: ScenarioChoice[]): ScenarioStep => ({
  id,
  text: [],
  discussion: '',
  choices,
});

/** A dilemma that starts at its first step. */
export const dilemma = (steps: ScenarioStep[], endings: ScenarioEnding[]): Scenario => ({
  id: 's',
  title: 'S',
  intro: [],
  start: steps[0]!.id,
  steps,
  endings,
});
