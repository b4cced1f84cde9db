/**
 * How estimated minutes are shown. The content carries them unrounded
 * (computed from the text at build time); a page rounds them here, so a
 * module shows whole minutes and the course, the core and a track show
 * multiples of five.
 */

/** A module's estimate in whole minutes, never below one. */
export const moduleMinutes = (minutes: number): number => Math.max(1, Math.round(minutes));

/** A part of the course (the core, a track, a path) to the nearest five minutes, never below five. */
export const partMinutes = (minutes: number): number => Math.max(5, Math.round(minutes / 5) * 5);
