/**
 * The progress file a learner downloads to move their progress to another
 * device: the stored envelope (`Envelope` in src/store/load-persisted.ts),
 * today's state under today's storage version, read back by import-preview.ts.
 */
import { downloadText } from '@/lib/download-file';
import { localDate } from '@/lib/local-date';
import { serialize } from '@/store/load-persisted';
import type { PersistedState } from '@/store/schema';

/** "mutkollen-progress-YYYY-MM-DD.json", dated in the learner's own time zone. */
export function exportFileName(now: Date): string {
  return `mutkollen-progress-${localDate(now.getTime())}.json`;
}

/** Starts the download of `state` as a JSON file and returns the file's name. */
export function downloadProgress(state: PersistedState, now: Date = new Date()): string {
  const name = exportFileName(now);
  downloadText(serialize(state), name, 'application/json');
  return name;
}
