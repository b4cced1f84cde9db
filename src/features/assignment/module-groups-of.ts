/** The builder's groups of modules: the core, then each track, without empty ones. */
import type { Catalogue, ModuleSummary } from '@/types/content';
import type { ModuleGroup } from './module-groups';

/** Groups `modules` (those that can be assigned) as the course does; `coreTitle` names the core. */
export function moduleGroups(
  catalogue: Pick<Catalogue, 'core' | 'tracks'>,
  modules: ModuleSummary[],
  coreTitle: string,
): ModuleGroup[] {
  const byId = new Map(modules.map((m) => [m.id, m]));
  const pick = (ids: string[]) => ids.flatMap((id) => byId.get(id) ?? []);
  return [
    { id: 'core', kind: 'core' as const, title: coreTitle, modules: pick(catalogue.core.modules) },
    ...catalogue.tracks.map((t) => ({
      id: `track-${t.id}`,
      kind: 'track' as const,
      title: t.title,
      modules: pick(t.modules),
    })),
  ].filter((g) => g.modules.length > 0);
}
