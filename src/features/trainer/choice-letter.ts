/** A choice's letter as the group sees it: A, B, C … */
export const choiceLetter = (index: number) => String.fromCharCode(65 + index);
