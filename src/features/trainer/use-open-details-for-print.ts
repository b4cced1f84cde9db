import { type RefObject, useEffect } from 'react';

/**
 * Opens every closed <details> inside `ref` while the page prints, and closes
 * them again afterwards, so a printout holds everything the screen folds away.
 */
export function useOpenDetailsForPrint(ref: RefObject<HTMLElement | null>) {
  useEffect(() => {
    let opened: HTMLDetailsElement[] = [];
    const before = () => {
      opened = [...(ref.current?.querySelectorAll('details:not([open])') ?? [])].filter(
        (d): d is HTMLDetailsElement => d instanceof HTMLDetailsElement,
      );
      for (const details of opened) details.open = true;
    };
    const after = () => {
      for (const details of opened) details.open = false;
      opened = [];
    };
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, [ref]);
}
