/**
 * Tells other open tabs about deletions. Merging saved states can only add (src/store/merge.ts), so a reset or a
 * removal in one tab would come back from another tab's next save. Each tab
 * therefore deletes too when told, and drops what was deleted from any state
 * that arrives from another tab afterwards. Silent where BroadcastChannel is missing.
 */
export type Deletion =
  | { kind: 'reset'; at: number }
  | { kind: 'remove-assignment'; id: string; at: number }
  | { kind: 'discard-attempt'; moduleId: string; attemptId: string };

const channel: BroadcastChannel | null =
  typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel('mutkollen');

/** What a page has seen deleted, here or in another tab (kept in the store, never saved). */
export interface Forgotten {
  resetAt: number;
  assignments: Record<string, number>;
  attempts: string[];
}

export const nothingForgotten = (): Forgotten => ({ resetAt: 0, assignments: {}, attempts: [] });

/** Tells the other tabs of this app in this browser about a deletion made here. */
export function announceDeletion(deletion: Deletion) {
  channel?.postMessage(deletion);
}

function isDeletion(value: unknown): value is Deletion {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    (v.kind === 'reset' && typeof v.at === 'number') ||
    (v.kind === 'remove-assignment' && typeof v.id === 'string' && typeof v.at === 'number') ||
    (v.kind === 'discard-attempt' &&
      typeof v.moduleId === 'string' &&
      typeof v.attemptId === 'string')
  );
}

/** Calls `apply` for each deletion another tab announces; returns a function that stops listening. */
export function onDeletion(apply: (deletion: Deletion) => void): () => void {
  if (!channel) return () => undefined;
  const listener = (event: MessageEvent) => {
    if (isDeletion(event.data)) apply(event.data);
  };
  channel.addEventListener('message', listener);
  return () => channel.removeEventListener('message', listener);
}
