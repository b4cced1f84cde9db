import { useEffect, useState } from 'react';
import { openChannel, presenterViewSupported } from './presenter-channel';

export interface SessionPosition {
  nodeId: string;
  number: number;
}

/**
 * The notes window's side of the presenter view: asks the shared screen where the session is,
 * follows it from then on, and says goodbye when the window closes.
 * `supported` is false where the browser has no BroadcastChannel.
 */
export function useFollowSession(moduleId: string, scenarioId: string) {
  const [position, setPosition] = useState<SessionPosition | undefined>(undefined);

  useEffect(() => {
    const channel = openChannel(moduleId, scenarioId, (message) => {
      if (message.type !== 'at') return;
      setPosition({ nodeId: message.nodeId, number: message.number });
      // So a shared screen that was reloaded knows again that the notes are shown here.
      channel?.post({ type: 'here' });
    });
    if (!channel) return;
    channel.post({ type: 'hello' });
    const bye = () => channel.post({ type: 'bye' });
    window.addEventListener('pagehide', bye);
    return () => {
      window.removeEventListener('pagehide', bye);
      bye();
      channel.close();
    };
  }, [moduleId, scenarioId]);

  return { position, supported: presenterViewSupported() };
}
