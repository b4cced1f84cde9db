import type { ModuleStatus } from './receipt';

/**
 * The sign shown beside a module status's words (never instead of them), wherever one is shown:
 * the receipt, the learner's card, the trainer's table. A file of its own, so that the table does
 * not bring the receipt's schemas into its route.
 */
export const MODULE_STATUS_MARK: Record<ModuleStatus, string> = {
  passed: '✓',
  started: '◐',
  'not-started': '○',
};
