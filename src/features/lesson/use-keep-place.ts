import { type RefObject, useEffect, useLayoutEffect, useRef } from 'react';
import type { Language } from '@/config/languages';
import { useAppStore } from '@/store/store';
import { type Place, placeIn, restorePlace } from './keep-place';

/**
 * Keeps the reader's place in `root` when the language changes: notes the place
 * the moment the language is switched (before the page re-renders or waits for
 * the other language's text), and scrolls back to it once the text in the new
 * language is on the screen (`content` changes with it).
 */
export function useKeepPlaceOnLanguageSwitch(
  root: RefObject<HTMLElement | null>,
  content: unknown,
): void {
  const pending = useRef<{ language: Language; place: Place } | null>(null);

  useEffect(
    () =>
      useAppStore.subscribe((state, previous) => {
        const language = state.settings.language;
        if (language === previous.settings.language || !root.current) return;
        const place = placeIn(root.current);
        pending.current = place ? { language, place } : null;
      }),
    [root],
  );

  const language = useAppStore((s) => s.settings.language);
  useLayoutEffect(() => {
    const kept = pending.current;
    if (!kept || kept.language !== language || !root.current) return;
    pending.current = null;
    restorePlace(root.current, kept.place);
  }, [root, language, content]);
}
