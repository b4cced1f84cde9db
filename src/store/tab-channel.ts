/**
 * Tells other open tabs about deletions. Merging saved states can only add (src/store/merge.ts), so a reset or a
 * removal in one tab would come back from another tab's next save. Each tab
 * therefore deletes too when told, and drops what was deleted from any state
 * that arrives from another tab afterwards. Silent where BroadcastChannel is missing.
 */
import { z } from 'zod/mini';
import { id, time } from './schema';
/**
 * A deletion announced to the other tabs: the one schema for what may arrive on the
 * channel. One object with the fields each kind needs (checked below) rather than a
 * union, so the first page loads no more of zod than the stored state's schema needs.
 */
const DELETION_FIELDS = {
  reset: ['at'],
  'remove-assignment': ['id', 'at'],
  'discard-attempt': ['moduleId', 'attemptId'],
} as const;

const DeletionShape = z.object({
  kind: z.enum(['reset', 'remove-assignment', 'discard-attempt']),
  at: z.optional(time),
  id: z.optional(id),
  moduleId: z.optional(id),
  attemptId: z.optional(id),
});
type DeletionShape = z.infer<typeof DeletionShape>;

/** Exactly the fields its kind needs, each present. */
const hasItsFields = (d: DeletionShape) => {
  const needed: readonly string[] = DELETION_FIELDS[d.kind];
  const present = Object.keys(d).filter((key) => key !== 'kind');
  return present.length === needed.length && needed.every((key) => key in d);
};

export type Deletion =
  | { kind: 'reset'; at: number }
  | { kind: 'remove-assignment'; id: string; at: number }
  | { kind: 'discard-attempt'; moduleId: string; attemptId: string };

/** Reads a message from another tab as a deletion, or refuses it (`success: false`). */
export const Deletion = {
  safeParse(value: unknown): { success: true; data: Deletion } | { success: false } {
    const parsed = DeletionShape.safeParse(value);
    if (!parsed.success || !hasItsFields(parsed.data)) return { success: false };
    return { success: true, data: parsed.data as Deletion };
  },
};

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
