import { isBestChoice } from '@/domain/practice';
import type { ScenarioChoice, ScenarioStep } from '@/types/content';

/** How a practice answer went: the best choice at the step, or else the choice's own quality. */
export type Verdict = 'best' | 'acceptable' | 'poor';

export const verdictIcons: Record<Verdict, string> = { best: '✓', acceptable: '~', poor: '✗' };

export function verdictOf(step: ScenarioStep, choice: ScenarioChoice): Verdict {
  if (isBestChoice(step, choice)) return 'best';
  return choice.quality === 'poor' ? 'poor' : 'acceptable';
}
