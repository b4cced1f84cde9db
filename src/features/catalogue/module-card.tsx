import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { StatusBadge } from '@/components/ui/status-badge';
import { useLanguage } from '@/hooks/use-language';
import type { useProgress } from '@/hooks/use-progress';
import { useEstimate } from '@/hooks/use-estimate';
import { formatPercent } from '@/lib/i18n';
import { paths } from '@/lib/paths';
import { bestScore } from '@/domain/attempts';
import { moduleStatus } from '@/domain/module-status';
import { scenarioKey } from '@/domain/keys';
import type { ModuleSummary } from '@/types/content';

interface ModuleCardProps {
  module: ModuleSummary;
  number: number;
  progress: ReturnType<typeof useProgress>;
  /** h3 in the core's list, h4 inside a track (whose title is the h3). */
  headingLevel?: 3 | 4;
}

/** One module in the catalogue: its title, summary, status, time and scores. */
export function ModuleCard({ module, number, progress, headingLevel = 3 }: ModuleCardProps) {
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const { t } = useTranslation('catalogue');
  const language = useLanguage();
  const estimate = useEstimate();
  const best = bestScore(progress.quizzes[module.id]);
  const endingsTotal = module.scenarios.reduce((n, s) => n + s.endings.length, 0);
  const endingsFound = module.scenarios.reduce(
    (n, s) => n + (progress.scenarios[scenarioKey(module.id, s.id)]?.endingsFound.length ?? 0),
    0,
  );
  return (
    <article className="card module-card" aria-labelledby={`module-${module.id}`}>
      <p className="module-card__number">{t('moduleNumber', { number })}</p>
      <Heading id={`module-${module.id}`}>
        <Link to={paths.module(module.id)}>{module.title}</Link>
      </Heading>
      <p>{module.summary}</p>
      <ul className="meta">
        <li>
          <StatusBadge status={moduleStatus(module, progress)} />
        </li>
        <li>{estimate(module.minutes, 'alone')}</li>
        <li>
          {best === undefined
            ? t('noScore')
            : t('bestScore', { score: formatPercent(best, language) })}
        </li>
        {endingsTotal > 0 && (
          <li>{t('endingsFound', { found: endingsFound, total: endingsTotal })}</li>
        )}
      </ul>
    </article>
  );
}
