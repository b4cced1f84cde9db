import { type RefObject, useEffect, useState } from 'react';

const BODY_CLASS = 'is-presenting';

/**
 * Full screen for a projector. Asks the browser to show `ref` full screen; where
 * it cannot (no API, refused, in a frame), the page still hides the app's header
 * and footer through a class on <body>, removed again on leaving or unmounting.
 */
export function usePresentation(ref: RefObject<HTMLElement | null>) {
  const [presenting, setPresenting] = useState(false);

  useEffect(() => {
    const onChange = () => {
      if (!document.fullscreenElement) setPresenting(false);
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => {
      document.removeEventListener('fullscreenchange', onChange);
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    };
  }, []);

  useEffect(() => {
    if (!presenting) return;
    document.body.classList.add(BODY_CLASS);
    return () => document.body.classList.remove(BODY_CLASS);
  }, [presenting]);

  const enter = () => {
    setPresenting(true);
    const element = ref.current;
    if (typeof element?.requestFullscreen === 'function') {
      // Refused (no user gesture, a frame without permission): the class alone is the fallback.
      void element.requestFullscreen().catch(() => undefined);
    }
  };

  const exit = () => {
    setPresenting(false);
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  };

  return { presenting, enter, exit };
}
