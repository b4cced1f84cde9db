/**
 * The trainer's backup file: every kept group in one JSON file, for safe
 * keeping or to hand over to a colleague, and reading one back. The file is
 * `{ format: "mutkollen-trainer-backup", version, exportedAt, groups }`; its
 * groups are checked like stored ones (trainer-load.ts) and merged with what
 * is kept (trainer-merge.ts), so an import never loses anything on either side.
 */
import { z } from 'zod/mini';
import { localDate } from '@/lib/local-date';
import { notAfter, time } from '@/store/schema';
import { type Groups, type MergeCounts, mergeGroups } from './trainer-merge';
import { readTrainerState } from './trainer-load';
import { TRAINER_VERSION } from './trainer-schema';

export const BACKUP_FORMAT = 'mutkollen-trainer-backup';

/** A backup larger than this is refused unread: more than a browser's local storage holds. */
export const MAX_BACKUP_CHARS = 50 * 1024 * 1024;

const BackupEnvelope = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.int().check(z.nonnegative()),
  exportedAt: time,
  groups: z.record(z.string(), z.unknown()),
});

export type BackupProblem = 'not-json' | 'not-backup' | 'newer' | 'invalid' | 'too-large';

export type BackupResult = { ok: true; added: MergeCounts } | { ok: false; problem: BackupProblem };

/** Every kept group as a backup file's text. */
export function backupText(groups: Groups, now: number): string {
  return JSON.stringify({
    format: BACKUP_FORMAT,
    version: TRAINER_VERSION,
    exportedAt: now,
    groups,
  });
}

/** "mutkollen-trainer-YYYY-MM-DD.json", dated in the trainer's own time zone. */
export const backupFileName = (now: number) => `mutkollen-trainer-${localDate(now)}.json`;

/**
 * The groups of a backup file, or why it is refused: not JSON, not a trainer's backup, made by a
 * newer version of the app, or not valid (nothing in it can be kept). Part of a file that is valid
 * (whole groups, the valid receipts and roster entries of a group) is kept.
 */
export function readBackupFile(
  text: string,
  now: number,
): { ok: true; groups: Groups } | { ok: false; problem: BackupProblem } {
  if (text.length > MAX_BACKUP_CHARS) return { ok: false, problem: 'too-large' };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'not-json' };
  }
  if (
    typeof value !== 'object' ||
    value === null ||
    (value as { format?: unknown }).format !== BACKUP_FORMAT
  ) {
    return { ok: false, problem: 'not-backup' };
  }
  // Moments in a file cannot lie in the future.
  const envelope = notAfter(now, () => BackupEnvelope.safeParse(value));
  if (!envelope.success) return { ok: false, problem: 'invalid' };
  const { version, groups } = envelope.data;
  const result = notAfter(now, () => readTrainerState({ groups }, version));
  if (result.ok) return { ok: true, groups: result.state?.groups ?? {} };
  if (result.problem === 'newer') return { ok: false, problem: 'newer' };
  if (result.problem === 'invalid' && result.partial)
    return { ok: true, groups: result.partial.groups };
  return { ok: false, problem: 'invalid' };
}

/** Reads a backup and merges it into `kept`: the merged groups and what the file added. */
export function importBackupInto(
  kept: Groups,
  text: string,
  now: number,
): { ok: true; groups: Groups; added: MergeCounts } | { ok: false; problem: BackupProblem } {
  const read = readBackupFile(text, now);
  if (!read.ok) return read;
  const { groups, added } = mergeGroups(kept, read.groups);
  return { ok: true, groups, added };
}
