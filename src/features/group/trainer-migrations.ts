/**
 * Step-by-step migrations of the trainer's kept data, walked like the
 * learner's (src/store/migrations.ts). `trainerMigrations[n]` turns version n
 * into n + 1; the next version is one entry here and a higher TRAINER_VERSION.
 * Never edit a step once released.
 */
import { type Migration, walkMigrations } from '@/store/migrations';
import { TRAINER_VERSION } from './trainer-schema';

export const trainerMigrations: Record<number, Migration> = {
  // 1 → 2: groups may hold pairings; data of version 1 has none and needs no change. The step
  // exists so that an app of version 1 leaves version 2's data alone rather than drop them.
  1: (state) => state,
};

/** Walks kept data up from `version` to TRAINER_VERSION; throws when a step is missing. */
export function migrateTrainer(
  state: Record<string, unknown>,
  version: number,
  table: Record<number, Migration> = trainerMigrations,
  target: number = TRAINER_VERSION,
): Record<string, unknown> {
  return walkMigrations(table, state, version, target);
}
