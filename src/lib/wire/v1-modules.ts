/**
 * The seven modules the version 1 formats named by position (an assignment link's digit, LMS
 * suspend data's number minus one). Frozen: it is what that data meant, whatever the course
 * holds today. Version 2 names modules by id.
 */
export const V1_MODULES = [
  'what-is-corruption',
  'bribery-and-the-law',
  'benefits-and-four-questions',
  'procurement-risks',
  'conflicts-of-interest',
  'preventing-and-reporting',
  'suppliers-and-supply-chain',
] as const;
