/**
 * Reads a raw stored value into today's state: parse, check the envelope,
 * migrate, validate. Pure and total: it never throws. A state the schema
 * accepts comes back whole; one it refuses comes back as a problem, with what
 * of it is still valid (`partial`, salvaged field by field) when there is any.
 */
import { migrate } from './migrations';
import { holdsProgress, salvageState } from './persisted-fields';
import { PersistedState, STORAGE_VERSION } from './schema';

export type LoadProblem = 'corrupt' | 'invalid' | 'newer';

export type LoadResult =
  | { ok: true; state: PersistedState | null }
  | { ok: false; problem: 'corrupt' | 'newer' }
  /** `partial`: what is valid in it, or null when that is no progress at all. */
  | { ok: false; problem: 'invalid'; partial: PersistedState | null };

const invalid = (partial: PersistedState | null = null): LoadResult => ({
  ok: false,
  problem: 'invalid',
  partial,
});

export function loadPersisted(raw: string | null): LoadResult {
  if (raw === null) return { ok: true, state: null };
  let envelope: unknown;
  try {
    envelope = JSON.parse(raw);
  } catch {
    return { ok: false, problem: 'corrupt' };
  }
  if (
    typeof envelope !== 'object' ||
    envelope === null ||
    typeof (envelope as { version?: unknown }).version !== 'number' ||
    typeof (envelope as { state?: unknown }).state !== 'object' ||
    (envelope as { state?: unknown }).state === null
  ) {
    return invalid();
  }
  const { version, state } = envelope as { version: number; state: Record<string, unknown> };
  if (!Number.isInteger(version) || version < 0) return invalid();
  // Never guessed at: a newer app's state stays as it is (see safe-storage.ts).
  if (version > STORAGE_VERSION) return { ok: false, problem: 'newer' };
  let migrated: Record<string, unknown>;
  try {
    migrated = migrate(state, version);
  } catch {
    return invalid();
  }
  const parsed = PersistedState.safeParse(migrated);
  if (parsed.success) return { ok: true, state: parsed.data };
  const salvaged = salvageState(migrated);
  return invalid(holdsProgress(salvaged) ? salvaged : null);
}

/** Wraps a state the way it is stored. */
export function serialize(state: PersistedState): string {
  return JSON.stringify({ state, version: STORAGE_VERSION });
}
