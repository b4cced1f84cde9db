import { createContext, type ReactNode, useContext } from 'react';

/**
 * What fills the start page's place for the learner's assignments. The start page
 * (src/app/routes/start-page.tsx) provides it, so the catalogue and the assignment feature never
 * import each other.
 */
export const AssignmentsPanelContext = createContext<ReactNode>(null);

/** The start page's place for the learner's assignments: empty unless the page fills it. */
export function AssignmentsPanelSlot() {
  return useContext(AssignmentsPanelContext);
}
