/**
 * Tells other open tabs about deletions. Merging saved states can only add (src/store/merge.ts), so a reset or a
 * removal in one tab would come back from another tab's next save. Each tab
 * therefore deletes too when told, and drops what was deleted from any state
 * that arrives from another tab afterwards. Silent where BroadcastChannel is missing.
 */
import { z } from 'zod/mini';
import { id, time } from './schema';
/** A deletion announced to the other tabs: the one schema for what may arrive on the channel. */
export const Deletion = z.union([
  z.strictObject({ kind: z.literal('reset'), at: time }),
  z.strictObject({ kind: z.literal('remove-assignment'), id, at: time }),
  z.strictObject({ kind: z.literal('discard-attempt'), moduleId: id, attemptId: id }),
]);
export type Deletion = z.infer<typeof Deletion>;

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

/** Calls `apply` for each deletion another tab announces; returns a function that stops listening. */
export function onDeletion(apply: (deletion: Deletion) => void): () => void {
  if (!channel) return () => undefined;
  const listener = (event: MessageEvent) => {
    const deletion = Deletion.safeParse(event.data);
    if (deletion.success) apply(deletion.data);
  };
  channel.addEventListener('message', listener);
  return () => channel.removeEventListener('message', listener);
}
