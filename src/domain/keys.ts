/**
 * Composite keys of saved progress: a dilemma is saved under `moduleId/scenarioId`,
 * a decision point's practice statistics under `moduleId/scenarioId/stepId`
 * (src/store/schema.ts checks their shape).
 */

/** The key of a dilemma's saved progress. */
export const scenarioKey = (moduleId: string, scenarioId: string) => `${moduleId}/${scenarioId}`;

/** The key of a decision point in the practice statistics. */
export const decisionKey = (moduleId: string, scenarioId: string, stepId: string) =>
  `${scenarioKey(moduleId, scenarioId)}/${stepId}`;
