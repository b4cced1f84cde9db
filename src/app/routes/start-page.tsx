import { AssignmentsPanelContext } from '@/components/assignments-panel-slot';
import { LazyAssignmentsPanel } from '@/features/assignment/assignments-panel-slot';
import CataloguePage from '@/features/catalogue/catalogue-page';

/** The start page: the catalogue, with the learner's assignments in its slot. */
export default function StartPage() {
  return (
    <AssignmentsPanelContext value={<LazyAssignmentsPanel />}>
      <CataloguePage />
    </AssignmentsPanelContext>
  );
}
