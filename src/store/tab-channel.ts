/**
 * Tells other open tabs about deletions. Merging saved states can only add
 * (src/store/merge.ts), so a reset or a removal in one tab would come back
 * from another tab's next save. Each tab therefore deletes too when told, and
 * drops what was deleted from any state that arrives from another tab
 * afterwards. A restored backup travels the same way: it is a reset followed
 * by the backup's state. Silent where BroadcastChannel is missing.
 *
 * Any page of this origin can post on the channel, so nothing is taken on
 * trust: a message must match the schema, its time must be about now (not in
 * the future, not long past), and every deletion it asks for keeps a backup
 * first (data-slice.ts).
 */
import { z } from 'zod/mini';
import { id, notAfter, time } from './schema';

/** How far another tab's clock (the same device's) may seem ahead of this one. */
const TAB_CLOCK_SKEW_MS = 60_000;
/**
 * How old a message's time may be: a tab announces a change the moment it makes it. An older
 * one is refused, since its time names the backup it keeps, which would expire at once.
 */
const TAB_MESSAGE_MAX_AGE_MS = 10 * 60_000;

/** What may arrive on the channel: the one schema for it. */
export const TabMessage = z.union([
  z.strictObject({ kind: z.literal('reset'), at: time }),
  z.strictObject({ kind: z.literal('remove-assignment'), id, at: time }),
  z.strictObject({ kind: z.literal('discard-attempt'), moduleId: id, attemptId: id }),
  z.strictObject({
    kind: z.literal('restore'),
    key: z.string().check(z.maxLength(100)),
    at: time,
  }),
]);
export type TabMessage = z.infer<typeof TabMessage>;

const channel: BroadcastChannel | null =
  typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel('mutkollen');

/** What a page has seen deleted, here or in another tab (kept in the store, never saved). */
export interface Forgotten {
  resetAt: number;
  assignments: Record<string, number>;
  attempts: string[];
}

export const nothingForgotten = (): Forgotten => ({ resetAt: 0, assignments: {}, attempts: [] });

/** A message as this page reads it, or null when it is not one, or not dated about now. */
export function readTabMessage(data: unknown, now = Date.now()): TabMessage | null {
  const message = notAfter(now + TAB_CLOCK_SKEW_MS, () => TabMessage.safeParse(data));
  if (!message.success) return null;
  const at = 'at' in message.data ? message.data.at : now;
  return at >= now - TAB_MESSAGE_MAX_AGE_MS ? message.data : null;
}

/** Tells the other tabs of this app in this browser about a deletion made here. */
export function announceDeletion(message: TabMessage) {
  channel?.postMessage(message);
}

/** Calls `apply` for each valid message another tab posts; returns a function that stops listening. */
export function onTabMessage(apply: (message: TabMessage) => void): () => void {
  if (!channel) return () => undefined;
  const listener = (event: MessageEvent) => {
    const message = readTabMessage(event.data);
    if (message) apply(message);
  };
  channel.addEventListener('message', listener);
  return () => channel.removeEventListener('message', listener);
}
