import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/** What the guide prints: the session plan (the default, also for the browser's own print), the slide or the answer key. */
export type PrintPart = 'plan' | 'slide' | 'key';

/**
 * Prints one part of the guide. The part is set before the print dialog opens (the print
 * stylesheet shows only that part) and goes back to the session plan once printing is over, so
 * printing from the browser's menu never gives the answer key.
 */
export function usePrintPart() {
  const [part, setPart] = useState<PrintPart>('plan');
  useEffect(() => {
    const reset = () => setPart('plan');
    window.addEventListener('afterprint', reset);
    return () => window.removeEventListener('afterprint', reset);
  }, []);
  const print = (next: PrintPart) => {
    flushSync(() => setPart(next));
    window.print();
  };
  return { part, print };
}
