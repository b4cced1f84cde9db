/** The rules of a dilemma, apart from the interface: where a run stands and what comes next. */
import type { ScenarioRun } from '@/store/schema';
import type { Scenario, ScenarioChoice, ScenarioEnding, ScenarioStep } from '@/types/content';

export type ScenarioNode =
  { kind: 'step'; step: ScenarioStep } | { kind: 'ending'; ending: ScenarioEnding };

export function findNode(scenario: Scenario, nodeId: string): ScenarioNode | undefined {
  const step = scenario.steps.find((s) => s.id === nodeId);
  if (step) return { kind: 'step', step };
  const ending = scenario.endings.find((e) => e.id === nodeId);
  return ending ? { kind: 'ending', ending } : undefined;
}

export function findChoice(step: ScenarioStep, choiceId: string): ScenarioChoice | undefined {
  return step.choices.find((c) => c.id === choiceId);
}

/** The ending a choice leads to, if it ends the dilemma. */
export function endingOf(scenario: Scenario, choice: ScenarioChoice): string | undefined {
  return scenario.endings.some((e) => e.id === choice.next) ? choice.next : undefined;
}

/** The choice made at a step in this run, if any. */
export function choiceAt(run: ScenarioRun | undefined, stepId: string): string | undefined {
  return run?.path.find(([step]) => step === stepId)?.[1];
}

/**
 * Where a run stands: the node after its last choice (the start for a new run).
 * A run whose path no longer fits the content (the course was updated) starts over.
 */
export function currentNodeId(scenario: Scenario, run: ScenarioRun | undefined): string {
  let nodeId = scenario.start;
  for (const [stepId, choiceId] of run?.path ?? []) {
    const node = findNode(scenario, nodeId);
    if (node?.kind !== 'step' || node.step.id !== stepId) return scenario.start;
    const choice = findChoice(node.step, choiceId);
    if (!choice) return scenario.start;
    nodeId = choice.next;
  }
  return nodeId;
}

/**
 * Where a step stands in a run: `chosen` (the run made a choice there), `current`
 * (the choice to make now) or `not-reached` (ahead of the run, on another branch,
 * or from an earlier round). A step the run has passed always holds its choice.
 */
export type StepStanding = 'chosen' | 'current' | 'not-reached';

export function stepStanding(
  scenario: Scenario,
  run: ScenarioRun | undefined,
  stepId: string,
): StepStanding {
  if (choiceAt(run, stepId) !== undefined) return 'chosen';
  return currentNodeId(scenario, run) === stepId ? 'current' : 'not-reached';
}

/** Every ending, with whether the learner has found it. */
export function endingsWithStatus(scenario: Scenario, found: readonly string[]) {
  return scenario.endings.map((e) => ({ ending: e, found: found.includes(e.id) }));
}
