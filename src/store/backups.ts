/**
 * Backup copies of what was saved, each under its own local storage key,
 * `mutkollen:backup:<reason>:<ISO time>`. Two kinds:
 * - the state before a reset, an import or a restore, so each can be undone
 *   (`serialize`d like the saved state); kept for {@link STATE_BACKUP_DAYS} days;
 * - a saved value that could not be read (`corrupt`, `invalid`), kept as it
 *   was until the learner removes it, as it may be the only copy.
 * Keys written before reasons were named (`mutkollen:backup:<ISO time>`) are
 * the second kind. Every function here is total: storage that throws is a
 * failed write or an empty list, never an error.
 */

export const BACKUP_PREFIX = 'mutkollen:backup:';

/** Why a copy was made. `unreadable`: an older key that does not say. */
export type BackupReason = 'reset' | 'import' | 'restore' | 'corrupt' | 'invalid' | 'unreadable';

/** Copies of a whole state, made before a change, that expire. */
const STATE_REASONS: readonly BackupReason[] = ['reset', 'import', 'restore'];

export const STATE_BACKUP_DAYS = 7;
const STATE_BACKUP_MS = STATE_BACKUP_DAYS * 24 * 60 * 60 * 1000;
/** At most this many copies of the state are kept, the newest. */
const MAX_STATE_BACKUPS = 10;

export interface BackupInfo {
  key: string;
  reason: BackupReason;
  /** When the copy was made (ms). */
  savedAt: number;
}

const KEY = new RegExp(
  `^${BACKUP_PREFIX}(?:(reset|import|restore|corrupt|invalid):)?([+-]?\\d{4,6}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z)$`,
);

/** The key of a copy made for `reason` at `at` (ms, a real date). */
export function backupKey(reason: Exclude<BackupReason, 'unreadable'>, at: number): string {
  return `${BACKUP_PREFIX}${reason}:${new Date(at).toISOString()}`;
}

/** What a key says about its copy, or null for a key that is not a backup key. */
export function parseBackupKey(key: string): BackupInfo | null {
  const match = KEY.exec(key);
  const savedAt = match ? Date.parse(match[2]!) : NaN;
  if (!match || Number.isNaN(savedAt)) return null;
  return { key, reason: (match[1] as BackupReason | undefined) ?? 'unreadable', savedAt };
}

/** Whether a copy is of a whole state made before a change (and so expires). */
export const isStateBackup = (reason: BackupReason) => STATE_REASONS.includes(reason);

function keys(storage: Storage): string[] {
  try {
    return Array.from({ length: storage.length }, (_, i) => storage.key(i)).filter(
      (key): key is string => key !== null,
    );
  } catch {
    return [];
  }
}

/** Every backup copy in `storage`, newest first. */
export function listBackups(storage: Storage): BackupInfo[] {
  return keys(storage)
    .map(parseBackupKey)
    .filter((info): info is BackupInfo => info !== null)
    .sort((a, b) => b.savedAt - a.savedAt || (a.key < b.key ? 1 : -1));
}

/** The text of a copy, or null when there is none under a backup key of that name. */
export function readBackup(storage: Storage, key: string): string | null {
  if (!parseBackupKey(key)) return null;
  try {
    return storage.getItem(key);
  } catch {
    return null;
  }
}

/** Writes a copy; false when storage refuses it (full or blocked). */
export function writeBackup(storage: Storage, key: string, text: string): boolean {
  if (!parseBackupKey(key)) return false;
  try {
    storage.setItem(key, text);
    return true;
  } catch {
    return false;
  }
}

/** Removes a copy; false when it could not be removed. */
export function removeBackup(storage: Storage, key: string): boolean {
  if (!parseBackupKey(key)) return false;
  try {
    storage.removeItem(key);
    return true;
  } catch {
    return false;
  }
}

/**
 * Removes the copies of the state that have expired: older than
 * {@link STATE_BACKUP_DAYS} days, or beyond the newest ten. Copies of
 * unreadable values stay until the learner removes them.
 */
export function pruneBackups(storage: Storage, now: number): void {
  const states = listBackups(storage).filter((b) => isStateBackup(b.reason));
  states.forEach((backup, index) => {
    if (index >= MAX_STATE_BACKUPS || now - backup.savedAt > STATE_BACKUP_MS) {
      removeBackup(storage, backup.key);
    }
  });
}
