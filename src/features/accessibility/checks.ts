/**
 * What the project's last full check measured, for the accessibility statement.
 * src/config/accessibility-checks.json is written by scripts/quality-report.mjs at the end of
 * `npm run check`, next to docs/quality.md; its date is the date of that run.
 */
import checks from '@/config/accessibility-checks.json';

export interface AccessibilityChecks {
  /** The day the checks last ran, YYYY-MM-DD. */
  checkedOn: string;
  axeViolations: number;
  axeRoutes: number;
  axeStates: number;
  keyboardSteps: number;
  reflowRoutes: number;
  /** Lighthouse's accessibility score per page. */
  lighthouseAccessibility: Record<string, number>;
}

export const lastChecks: AccessibilityChecks = checks;
