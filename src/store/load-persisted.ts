/**
 * Reads a raw stored value into today's state: parse, check the envelope,
 * migrate, validate. Pure and total: it never throws. A state the schema
 * accepts comes back whole; one it refuses comes back as a problem, with what
 * of it is still valid (`partial`, salvaged field by field) when there is any.
 */
import { z } from 'zod/mini';
import { holds } from '@/lib/wire/holds';
import { migrate } from './migrations';
import { holdsProgress, salvageState } from './persisted-fields';
import { PersistedState, STORAGE_VERSION } from './schema';

/**
 * What is stored, and what a progress file holds (written by `serialize`, read
 * by `loadPersisted`): a state and the storage version it was written in. The
 * state is checked against {@link PersistedState} once it is migrated to
 * today's version.
 */
export const Envelope = z.object({
  state: z.record(z.string(), z.unknown()),
  version: z.number().check(holds(Number.isInteger), z.nonnegative()),
});

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
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { ok: false, problem: 'corrupt' };
  }
  const envelope = Envelope.safeParse(value);
  if (!envelope.success) return invalid();
  const { version, state } = envelope.data;
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

/** Wraps a state the way it is stored: today's {@link Envelope}. */
export function serialize(state: PersistedState): string {
  const envelope: z.infer<typeof Envelope> = { state, version: STORAGE_VERSION };
  return JSON.stringify(envelope);
}
