import { useParams } from 'react-router';
import { UnknownModuleError } from '@/lib/content';
import type { ModuleSummary } from '@/types/content';
import { useCatalogue } from './use-content';

/** The module named by the `:moduleId` route parameter; throws for an unknown id (shown as "not found"). */
export function useModuleSummary(): ModuleSummary {
  const { moduleId = '' } = useParams();
  const module = useCatalogue().modules.find((m) => m.id === moduleId);
  if (!module) throw new UnknownModuleError(moduleId);
  return module;
}
