/**
 * The course's modules by number, in course order. Links and LMS suspend data
 * name a module by its position here to stay short, so this list may only
 * grow at the end: never reorder or remove an id, or saved data and old links
 * would name other modules. A content test checks that it matches the course.
 */
export const MODULE_NUMBERS = [
  'what-is-corruption',
  'bribery-and-the-law',
  'benefits-and-four-questions',
  'procurement-risks',
  'conflicts-of-interest',
  'preventing-and-reporting',
  'suppliers-and-supply-chain',
] as const;
