import { useEffect, useEffectEvent } from 'react';

interface SessionKeys {
  back: () => void;
  next: () => void;
  reveal: () => void;
  escape: () => void;
}

/** Where a key belongs to what has focus: typing a vote, picking a radio, choosing in a list. */
function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** Where space already means "press": buttons, links and summaries. */
function isPressable(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && ['BUTTON', 'A', 'SUMMARY'].includes(target.tagName);
}

/**
 * The facilitator's keys: ← back a step, → next (or reveal), space reveals,
 * Escape leaves full screen. None of them fire while focus is in a form field,
 * so typing a vote or moving between radio buttons works as usual.
 */
export function useSessionKeys(keys: SessionKeys) {
  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    if (isEditable(event.target)) return;
    const action =
      event.key === 'ArrowLeft'
        ? keys.back
        : event.key === 'ArrowRight'
          ? keys.next
          : event.key === ' ' && !isPressable(event.target)
            ? keys.reveal
            : event.key === 'Escape'
              ? keys.escape
              : undefined;
    if (!action) return;
    event.preventDefault();
    action();
  });

  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKeyDown(event);
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, []);
}
