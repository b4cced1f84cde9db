import { lazy, Suspense, useState } from 'react';
import { useAppStore } from '@/store/store';

const AssignmentsPanel = lazy(() =>
  import('./assignments-panel').then((m) => ({ default: m.AssignmentsPanel })),
);

/**
 * The learner's assignments, for the start page (src/app/routes/start-page.tsx). Most learners have
 * none, so the panel's code and strings load only when there is something to show.
 */
export function LazyAssignmentsPanel() {
  const hasAssignments = useAppStore((s) => Object.keys(s.assignments).length > 0);
  // Once shown, the panel stays: removing the last assignment keeps its message and focus.
  const [shown, setShown] = useState(hasAssignments);
  if (hasAssignments && !shown) setShown(true);
  if (!shown) return null;
  return (
    <Suspense fallback={null}>
      <AssignmentsPanel />
    </Suspense>
  );
}
