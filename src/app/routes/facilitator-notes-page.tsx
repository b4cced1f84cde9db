import { useParams } from 'react-router';
import { useModuleContent } from '@/hooks/use-content';
import { UnknownModuleError } from '@/lib/content';
import { PresenterNotes } from '@/features/trainer/presenter-notes';

/** The presenter view: the facilitator's notes in a window of their own, following the session. */
export default function FacilitatorNotesPage() {
  const { moduleId = '', scenarioId = '' } = useParams();
  const module = useModuleContent(moduleId);
  const scenario = module.scenarios.find((s) => s.id === scenarioId);
  if (!scenario) throw new UnknownModuleError(`${moduleId}/${scenarioId}`);
  return <PresenterNotes key={`${module.id}/${scenario.id}`} module={module} scenario={scenario} />;
}
