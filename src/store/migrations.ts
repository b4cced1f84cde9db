/**
 * Step-by-step migrations of stored state. `migrations[n]` turns a state of
 * version n into version n + 1. Each step has a fixture test in tests/unit/store.
 * Never edit a step once released: add a new one and raise STORAGE_VERSION.
 */
import { STORAGE_VERSION } from './schema';

/** One step of a migrations table: a state of version n in, a state of version n + 1 out. */
export type Migration = (state: Record<string, unknown>) => Record<string, unknown>;

export const migrations: Record<number, Migration> = {
  /** 1 → 2: practice statistics per decision point, empty to begin with. */
  1: (state) => ({ ...state, practice: {} }),
  /**
   * 2 → 3: settings may hold the tracks the learner chose for their role. A state from
   * before has no choice yet, which is what a missing value means, so nothing changes.
   */
  2: (state) => state,
};

/**
 * Walks a state up from version `from` to version `to` through `table`, one step at a time.
 * Throws when a step is missing. The trainer's store (src/features/group) walks its own table.
 */
export function walkMigrations(
  table: Record<number, Migration>,
  state: Record<string, unknown>,
  from: number,
  to: number,
): Record<string, unknown> {
  let current = state;
  for (let v = from; v < to; v++) {
    const step = table[v];
    if (!step) throw new Error(`no migration from version ${v}`);
    current = step(current);
  }
  return current;
}

/** Walks a stored state up from `version` to the current version, one step at a time. */
export function migrate(state: Record<string, unknown>, version: number): Record<string, unknown> {
  return walkMigrations(migrations, state, version, STORAGE_VERSION);
}
