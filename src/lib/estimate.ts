/**
 * How estimated minutes are shown. The content carries them unrounded
 * (computed from the text at build time); every page rounds them here, with
 * one rule, so no estimate looks more precise than an estimate can be.
 */

/**
 * An estimate as shown: whole minutes below ten (never below one), else to
 * the nearest five (37 → 35, 99 → 100).
 */
export function shownMinutes(minutes: number): number {
  if (!Number.isFinite(minutes) || minutes < 9.5) {
    return Math.max(1, Math.round(Number.isFinite(minutes) ? minutes : 1));
  }
  return Math.round(minutes / 5) * 5;
}
