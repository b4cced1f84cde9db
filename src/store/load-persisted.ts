/**
 * Reads a raw stored value into today's state: parse, check the envelope,
 * migrate, validate. Pure and total: it never throws, and it never returns a
 * partly valid state.
 */
import { z } from 'zod/mini';
import { holds } from '@/lib/wire/holds';
import { migrate } from './migrations';
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
  { ok: true; state: PersistedState | null } | { ok: false; problem: LoadProblem };

export function loadPersisted(raw: string | null): LoadResult {
  if (raw === null) return { ok: true, state: null };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { ok: false, problem: 'corrupt' };
  }
  const envelope = Envelope.safeParse(value);
  if (!envelope.success) return { ok: false, problem: 'invalid' };
  const { version, state } = envelope.data;
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

/** Wraps a state the way it is stored: today's {@link Envelope}. */
export function serialize(state: PersistedState): string {
  const envelope: z.infer<typeof Envelope> = { state, version: STORAGE_VERSION };
  return JSON.stringify(envelope);
}
