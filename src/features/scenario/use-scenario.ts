import { useParams } from 'react-router';
import { useModuleContent } from '@/hooks/use-content';
import { useModuleSummary } from '@/hooks/use-module-summary';
import { UnknownModuleError } from '@/lib/content';
import { scenarioKey } from '@/domain/keys';
import { useAppStore } from '@/store/store';

/** The dilemma named by the route, its module, and the learner's progress in it. */
export function useScenario() {
  const { scenarioId = '' } = useParams();
  const summary = useModuleSummary();
  const module = useModuleContent(summary.id);
  const scenario = module.scenarios.find((s) => s.id === scenarioId);
  const key = scenarioKey(summary.id, scenarioId);
  const progress = useAppStore((s) => s.scenarios[key]);
  if (!scenario) throw new UnknownModuleError(key);
  return { module, scenario, key, progress };
}
