/**
 * Reads a raw stored value into today's state: parse, check the envelope,
 * migrate, validate. Pure and total: it never throws, and it never returns a
 * partly valid state.
 */
import { migrate } from './migrations';
import { PersistedState, STORAGE_VERSION } from './schema';

export type LoadProblem = 'corrupt' | 'invalid' | 'newer';

export type LoadResult =
  { ok: true; state: PersistedState | null } | { ok: false; problem: LoadProblem };

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
    return { ok: false, problem: 'invalid' };
  }
  const { version, state } = envelope as { version: number; state: Record<string, unknown> };
  if (!Number.isInteger(version) || version < 0) return { ok: false, problem: 'invalid' };
  if (version > STORAGE_VERSION) return { ok: false, problem: 'newer' };
  let migrated: Record<string, unknown>;
  try {
    migrated = migrate(state, version);
  } catch {
    return { ok: false, problem: 'invalid' };
  }
  const parsed = PersistedState.safeParse(migrated);
  return parsed.success ? { ok: true, state: parsed.data } : { ok: false, problem: 'invalid' };
}

/** Wraps a state the way it is stored. */
export function serialize(state: PersistedState): string {
  return JSON.stringify({ state, version: STORAGE_VERSION });
}
