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
import type { StoredLoad } from './guarded-storage';

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

/** `partial` of an invalid value: what is valid in it, or null when that is no progress at all. */
export type LoadResult = StoredLoad<PersistedState>;

const invalid = (partial: PersistedState | null = null): LoadResult => ({
  ok: false,
  problem: 'invalid',
  partial,
});

/**
 * A stored value read: parsed, its envelope checked, then its state read by
 * `read` (migrated and validated). Null (nothing stored) is an empty start.
 */
export function readEnvelope<S>(
  raw: string | null,
  read: (state: Record<string, unknown>, version: number) => StoredLoad<S>,
): StoredLoad<S> {
  if (raw === null) return { ok: true, state: null };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { ok: false, problem: 'corrupt' };
  }
  const envelope = Envelope.safeParse(value);
  if (!envelope.success) return { ok: false, problem: 'invalid', partial: null };
  return read(envelope.data.state, envelope.data.version);
}

function readProgress(state: Record<string, unknown>, version: number): LoadResult {
  // Never guessed at: a newer app's state stays as it is (see guarded-storage.ts).
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

export function loadPersisted(raw: string | null): LoadResult {
  return readEnvelope(raw, readProgress);
}

/** Wraps a state the way it is stored: today's {@link Envelope}. */
export function serialize(state: PersistedState): string {
  const envelope: z.infer<typeof Envelope> = { state, version: STORAGE_VERSION };
  return JSON.stringify(envelope);
}
