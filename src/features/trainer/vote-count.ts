/**
 * A vote count as the facilitator types it: a whole number of 0 or more, in
 * digits only. `Number()` would take "1e3" as 1 000, "0x10" as 16 and " 2.0"
 * as 2, so the text is read by its digits instead.
 */
export type VoteCount = { ok: true; count: number } | { ok: false };

/** More people than this in one room is a typing mistake, not a vote. */
export const MAX_VOTES = 99_999;

const DIGITS = /^[0-9]{1,5}$/;

export function parseVoteCount(text: string): VoteCount {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, count: 0 };
  if (!DIGITS.test(trimmed)) return { ok: false };
  return { ok: true, count: Number(trimmed) };
}
