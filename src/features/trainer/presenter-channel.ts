/**
 * The presenter view: the facilitator's notes in a second window of the same browser, following
 * the session on the shared screen. The two windows talk over a BroadcastChannel, which only
 * reaches windows of the same origin; every message is still checked before it is used.
 * Where the browser has no BroadcastChannel, `openChannel` returns undefined and the session keeps
 * its notes on the one screen.
 */
import { z } from 'zod/mini';

const Id = z.string().check(z.minLength(1), z.maxLength(200));

export const PresenterMessage = z.discriminatedUnion('type', [
  /** The notes window has opened and asks where the session is. */
  z.strictObject({ type: z.literal('hello') }),
  /** The notes window answers the session's position: it is open (also after the session reloads). */
  z.strictObject({ type: z.literal('here') }),
  /** The notes window is closing: the shared screen may offer its notes again. */
  z.strictObject({ type: z.literal('bye') }),
  /** Where the session is: a step or an ending, and the decision's number. */
  z.strictObject({
    type: z.literal('at'),
    nodeId: Id,
    number: z.number().check(z.int(), z.positive(), z.lte(1000)),
  }),
]);
export type PresenterMessage = z.infer<typeof PresenterMessage>;

export interface PresenterChannel {
  post: (message: PresenterMessage) => void;
  close: () => void;
}

/** Whether this browser can run a presenter view at all. */
export const presenterViewSupported = () => typeof BroadcastChannel === 'function';

/** The channel of one dilemma's session, so two sessions in two tabs never mix. */
export function openChannel(
  moduleId: string,
  scenarioId: string,
  onMessage: (message: PresenterMessage) => void,
): PresenterChannel | undefined {
  if (!presenterViewSupported()) return undefined;
  const channel = new BroadcastChannel(`mutkollen-presenter:${moduleId}/${scenarioId}`);
  channel.onmessage = (event: MessageEvent<unknown>) => {
    const parsed = PresenterMessage.safeParse(event.data);
    if (parsed.success) onMessage(parsed.data);
  };
  return {
    post: (message) => channel.postMessage(message),
    close: () => channel.close(),
  };
}
