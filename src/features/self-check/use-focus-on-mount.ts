import { type RefObject, useEffect } from 'react';

/** Moves focus to `ref` when the component appears, if `enabled`; used for each screen's heading. */
export function useFocusOnMount(ref: RefObject<HTMLElement | null>, enabled = true) {
  useEffect(() => {
    if (enabled) ref.current?.focus();
    // Only on mount: a screen takes focus once, when it replaces the one before.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
}
