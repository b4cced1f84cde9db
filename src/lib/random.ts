/**
 * Randomness for ids and shuffles. Uses `crypto.getRandomValues`, which also
 * works on plain-http intranet servers (unlike `crypto.randomUUID`).
 */
export type Random = () => number;

export const cryptoRandom: Random = () => {
  const buffer = new Uint32Array(1);
  crypto.getRandomValues(buffer);
  return buffer[0]! / 2 ** 32;
};

/** A short random id such as "k3j9x2q8m1". */
export function randomId(random: Random = cryptoRandom): string {
  let id = '';
  for (let i = 0; i < 12; i++) id += Math.floor(random() * 36).toString(36);
  return id;
}

/** A shuffled copy (Fisher–Yates). */
export function shuffle<T>(items: readonly T[], random: Random = cryptoRandom): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}
