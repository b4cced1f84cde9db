/** The speeds offered for reading aloud; 1 is the voice's normal pace. */
export const READ_ALOUD_RATES = [0.75, 1, 1.25, 1.5] as const;

/** The offered speed nearest to a stored one (a stored value may be any number the schema allows). */
export function nearestRate(rate: number | undefined): number {
  if (rate === undefined) return 1;
  return READ_ALOUD_RATES.reduce((best, r) =>
    Math.abs(r - rate) < Math.abs(best - rate) ? r : best,
  );
}
