/** The progress file a learner downloads to move their progress to another device. */
import { serialize } from '@/store/load-persisted';
import type { PersistedState } from '@/store/schema';

/** "mutkollen-progress-YYYY-MM-DD.json", dated in the learner's own time zone. */
export function exportFileName(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const date = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  return `mutkollen-progress-${date}.json`;
}

/** Starts the download of `state` as a JSON file; the object URL is revoked afterwards. */
export function downloadProgress(state: PersistedState, now: Date = new Date()): string {
  const name = exportFileName(now);
  const blob = new Blob([serialize(state)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers start the download only after the click handler returns.
  setTimeout(() => URL.revokeObjectURL(url), 0);
  return name;
}
