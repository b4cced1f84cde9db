/**
 * Reads a raw stored value (or a backup's groups) into today's kept data:
 * parse, check the envelope, migrate, validate. Pure and total: it never
 * throws. What the schema refuses comes back as a problem, with what of it is
 * still valid (`partial`, salvaged group by group and item by item).
 */
import { type StoredLoad, usableState } from '@/store/guarded-storage';
import { readEnvelope } from '@/store/load-persisted';
import { entries, items, repaired, whole } from '@/store/salvage';
import { id } from '@/store/schema';
import { migrateTrainer } from './trainer-migrations';
import {
  KeptReceipt,
  MAX_GROUPS,
  MAX_KEPT_RECEIPTS,
  MAX_ROSTER,
  Pairing,
  RosterEntry,
  TRAINER_VERSION,
  TrainerGroup,
  TrainerState,
} from './trainer-schema';

/** `partial` of an invalid value: its valid groups, or null when no group of it is. */
export type TrainerLoadResult = StoredLoad<TrainerState>;

/** The valid items of a list, at most `max`, the first of each `key` only. */
const distinctItems =
  <T>(schema: Parameters<typeof whole<T>>[0], max: number, key: (item: T) => string) =>
  (value: unknown): T[] => {
    const seen = new Set<string>();
    return items(
      whole(schema),
      max,
    )(value).filter((item) => !seen.has(key(item)) && Boolean(seen.add(key(item))));
  };

const salvageGroup = repaired(TrainerGroup, {
  roster: items(whole(RosterEntry), MAX_ROSTER),
  receipts: distinctItems(KeptReceipt, MAX_KEPT_RECEIPTS, (r) => r.text),
  // Optional: a group without pairings stays without them.
  pairings: (value) =>
    value === undefined ? undefined : distinctItems(Pairing, MAX_ROSTER, (p) => p.receipt)(value),
});

/** The groups of a value that can be kept, each under its own id; null when none can. */
export function salvageTrainerState(value: unknown): TrainerState | null {
  const groups = entries(
    id,
    salvageGroup,
  )(typeof value === 'object' && value !== null ? (value as { groups?: unknown }).groups : null);
  const kept = Object.entries(groups)
    .filter(([key, group]) => group.assignmentId === key)
    .slice(0, MAX_GROUPS);
  return kept.length > 0 ? { groups: Object.fromEntries(kept) } : null;
}

/**
 * Checks a state of `version` (already out of its envelope): migrated and valid, or refused with
 * what of it is valid.
 */
export function readTrainerState(
  state: Record<string, unknown>,
  version: number,
): TrainerLoadResult {
  if (version > TRAINER_VERSION) return { ok: false, problem: 'newer' };
  let migrated: Record<string, unknown>;
  try {
    migrated = migrateTrainer(state, version);
  } catch {
    return { ok: false, problem: 'invalid', partial: null };
  }
  const parsed = TrainerState.safeParse(migrated);
  if (parsed.success) return { ok: true, state: parsed.data };
  return { ok: false, problem: 'invalid', partial: salvageTrainerState(migrated) };
}

/** Reads what is stored under the trainer's key; null (nothing stored) is an empty start. */
export function loadTrainer(raw: string | null): TrainerLoadResult {
  return readEnvelope(raw, readTrainerState);
}

/** The valid state in a load result: whole, or the valid part of a refused one. */
export const usableTrainerState: (result: TrainerLoadResult) => TrainerState | null = usableState;

/** Wraps kept data the way it is stored: `{ state, version }`. */
export function serializeTrainer(state: TrainerState): string {
  return JSON.stringify({ state, version: TRAINER_VERSION });
}
