import { useParams } from 'react-router';
import { useModuleContent } from '@/hooks/use-content';
import { UnknownModuleError } from '@/lib/content';
import { FacilitationSession } from '@/features/trainer/facilitation-session';

/** Facilitation mode: one dilemma shown to a group on a projector, one decision at a time. */
export default function FacilitationPage() {
  const { moduleId = '', scenarioId = '' } = useParams();
  const module = useModuleContent(moduleId);
  const scenario = module.scenarios.find((s) => s.id === scenarioId);
  if (!scenario) throw new UnknownModuleError(`${moduleId}/${scenarioId}`);
  // Keyed by ids only: switching language keeps the votes and the path.
  return (
    <FacilitationSession key={`${module.id}/${scenario.id}`} module={module} scenario={scenario} />
  );
}
