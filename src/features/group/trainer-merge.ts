/**
 * Merging two sets of kept groups (another tab's, a backup's) into one: the
 * union of each group's receipts and roster, so neither side loses any. Used
 * when a second tab saves and when a backup is imported. Within the limits of
 * the schema: what would not fit is counted, never silently dropped.
 */
import {
  type KeptReceipt,
  MAX_GROUPS,
  MAX_KEPT_RECEIPTS,
  MAX_ROSTER,
  type Pairing,
  type RosterEntry,
  type TrainerGroup,
} from './trainer-schema';

/** What a merge added to "mine" from "theirs", and what did not fit. */
export interface MergeCounts {
  groups: number;
  receipts: number;
  roster: number;
  /** Receipts, roster entries or groups of theirs left out because a limit was reached. */
  overLimit: number;
}

export type Groups = Record<string, TrainerGroup>;

/** Who a roster entry is: the identifier when there is one, else the name (any case) and address. */
export const rosterKey = (entry: RosterEntry) =>
  entry.identifier !== undefined
    ? `id:${entry.identifier}`
    : `name:${entry.name.normalize('NFC').trim().toLocaleLowerCase('sv')}|${entry.email ?? ''}`;

/** `mine` followed by those of `theirs` whose key it lacks, at most `max`. */
function union<T>(mine: T[], theirs: T[], key: (item: T) => string, max: number) {
  const seen = new Set(mine.map(key));
  const kept = [...mine];
  let added = 0;
  let overLimit = 0;
  for (const item of theirs) {
    const k = key(item);
    if (seen.has(k)) continue;
    seen.add(k);
    if (kept.length >= max) {
      overLimit++;
      continue;
    }
    kept.push(item);
    added++;
  }
  return { kept, added, overLimit };
}

/** One group from both sides: the newer side's description, both sides' receipts and roster. */
export function mergeGroup(mine: TrainerGroup, theirs: TrainerGroup) {
  const newer = theirs.updatedAt > mine.updatedAt ? theirs : mine;
  const receipts = union<KeptReceipt>(
    mine.receipts,
    theirs.receipts,
    (r) => r.text,
    MAX_KEPT_RECEIPTS,
  );
  const roster = union(mine.roster, theirs.roster, rosterKey, MAX_ROSTER);
  // For a receipt both sides have paired, this side's pairing stands.
  const pairings = union<Pairing>(
    mine.pairings ?? [],
    theirs.pairings ?? [],
    (p) => p.receipt,
    MAX_ROSTER,
  );
  const group: TrainerGroup = {
    ...newer,
    roster: roster.kept,
    receipts: receipts.kept,
    updatedAt: Math.max(mine.updatedAt, theirs.updatedAt),
  };
  const link = newer.link ?? mine.link ?? theirs.link;
  if (link) group.link = link;
  if (pairings.kept.length > 0) group.pairings = pairings.kept;
  else delete group.pairings;
  return {
    group,
    receipts: receipts.added,
    roster: roster.added,
    overLimit: receipts.overLimit + roster.overLimit + pairings.overLimit,
  };
}

/** Every group of both sides, merged where both have it. */
export function mergeGroups(mine: Groups, theirs: Groups): { groups: Groups; added: MergeCounts } {
  const groups: Groups = { ...mine };
  const added: MergeCounts = { groups: 0, receipts: 0, roster: 0, overLimit: 0 };
  for (const [key, group] of Object.entries(theirs)) {
    const own = groups[key];
    if (own) {
      const merged = mergeGroup(own, group);
      groups[key] = merged.group;
      added.receipts += merged.receipts;
      added.roster += merged.roster;
      added.overLimit += merged.overLimit;
    } else if (Object.keys(groups).length >= MAX_GROUPS) {
      added.overLimit++;
    } else {
      groups[key] = group;
      added.groups++;
      added.receipts += group.receipts.length;
      added.roster += group.roster.length;
    }
  }
  return { groups, added };
}
