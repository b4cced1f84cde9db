import { useEffect, useEffectEvent } from 'react';

interface SessionKeys {
  back: () => void;
  next: () => void;
  reveal: () => void;
  escape: () => void;
}

/** Marks the session's toggles (notes, full screen, presenter window): space never presses them. */
export const SESSION_TOGGLE = 'data-session-toggle';

/** Where a key belongs to what has focus: typing a vote, picking a radio, choosing in a list. */
function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * Where space presses what has focus: the dilemma's own buttons ("Visa facit", "Gå vidare med B").
 * Never a toggle or a <summary>: with focus left on "Helskärm" or on the notes button, space would
 * leave full screen or show the notes to the room. A link is not pressed by space (it would scroll
 * the page), so there space reveals too.
 */
function spacePresses(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.tagName === 'BUTTON' && !target.closest(`[${SESSION_TOGGLE}]`);
}

/** The action for a key, or undefined when the key is not the session's. */
function actionFor(event: KeyboardEvent, keys: SessionKeys): (() => void) | undefined {
  switch (event.key) {
    case 'ArrowLeft':
    case 'PageUp': // a presenter clicker's "back"
      return keys.back;
    case 'ArrowRight':
    case 'PageDown': // a presenter clicker's "next"
      return keys.next;
    case ' ':
      return spacePresses(event.target) ? undefined : keys.reveal;
    case 'Escape':
      return keys.escape;
    default:
      return undefined;
  }
}

/**
 * The facilitator's keys, one handler for the whole session: ← and PageUp back a step, → and
 * PageDown next (or reveal), space reveals, Escape leaves full screen. None of them fire while
 * focus is in a form field, so typing a vote works as usual.
 */
export function useSessionKeys(keys: SessionKeys) {
  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    if (isEditable(event.target)) return;
    const action = actionFor(event, keys);
    if (!action) return;
    // Also keeps space from pressing a focused toggle and PageDown from scrolling.
    event.preventDefault();
    action();
  });

  // A button is pressed by space on key up: held back there too for the toggles.
  const onKeyUp = useEffectEvent((event: KeyboardEvent) => {
    if (event.key === ' ' && !isEditable(event.target) && !spacePresses(event.target)) {
      event.preventDefault();
    }
  });

  useEffect(() => {
    const down = (event: KeyboardEvent) => onKeyDown(event);
    const up = (event: KeyboardEvent) => onKeyUp(event);
    document.addEventListener('keydown', down);
    document.addEventListener('keyup', up);
    return () => {
      document.removeEventListener('keydown', down);
      document.removeEventListener('keyup', up);
    };
  }, []);
}
