/** The speeds offered for reading aloud (1 is the voice's normal pace), each with its name's key. */
export const READ_ALOUD_RATES = [
  { rate: 0.75, name: 'slower' },
  { rate: 1, name: 'normal' },
  { rate: 1.25, name: 'faster' },
  { rate: 1.5, name: 'fastest' },
] as const;

/** The offered speed nearest to a stored one (a stored value may be any number the schema allows). */
export function nearestRate(stored: number | undefined): number {
  if (stored === undefined) return 1;
  let best: number = READ_ALOUD_RATES[0].rate;
  for (const { rate } of READ_ALOUD_RATES) {
    if (Math.abs(rate - stored) < Math.abs(best - stored)) best = rate;
  }
  return best;
}
