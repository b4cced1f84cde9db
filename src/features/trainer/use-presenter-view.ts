import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { paths } from '@/lib/paths';
import { openChannel, type PresenterChannel, presenterViewSupported } from './presenter-channel';

interface Where {
  nodeId: string;
  number: number;
}

/** The notes window's name: opening it again brings the same window back instead of a second one. */
const WINDOW_NAME = 'mutkollen-facilitator-notes';

/**
 * The shared screen's side of the presenter view: tells the notes window where the session is,
 * whenever it moves and whenever the notes window asks, and knows whether a notes window is open.
 */
export function usePresenterView(moduleId: string, scenarioId: string, where: Where) {
  const [open, setOpen] = useState(false);
  const channel = useRef<PresenterChannel | undefined>(undefined);
  const tell = useEffectEvent(() => channel.current?.post({ type: 'at', ...where }));

  useEffect(() => {
    channel.current = openChannel(moduleId, scenarioId, (message) => {
      if (message.type === 'hello') {
        setOpen(true);
        tell();
      }
      if (message.type === 'here') setOpen(true);
      if (message.type === 'bye') setOpen(false);
    });
    return () => {
      channel.current?.close();
      channel.current = undefined;
    };
  }, [moduleId, scenarioId]);

  useEffect(() => tell(), [where.nodeId, where.number]);

  const openWindow = () => {
    const url = `${location.pathname}${location.search}#${paths.facilitatorNotes(moduleId, scenarioId)}`;
    // Not noopener: the window is ours, same origin, and opening it again should reuse it.
    window.open(url, WINDOW_NAME, 'popup,width=720,height=800');
  };

  return { supported: presenterViewSupported(), open, openWindow };
}
