import { useTranslation } from 'react-i18next';
import type { useProgress } from '@/hooks/use-progress';
import { useEstimate } from '@/hooks/use-estimate';
import type { ModuleSummary } from '@/types/content';
import { ModuleCard } from './module-card';

interface CoreSectionProps {
  modules: ModuleSummary[];
  minutes: number;
  progress: ReturnType<typeof useProgress>;
}

/** The core that every employee takes, first on the start page. */
export function CoreSection({ modules, minutes, progress }: CoreSectionProps) {
  const { t } = useTranslation('catalogue');
  const estimate = useEstimate();
  return (
    <section aria-labelledby="core-heading" className="course-part">
      <h2 id="core-heading">{t('core.heading')}</h2>
      <p>{t('core.intro', { count: modules.length, estimate: estimate(minutes) })}</p>
      <ol className="module-list">
        {modules.map((module, index) => (
          <li key={module.id}>
            <ModuleCard module={module} number={index + 1} progress={progress} />
          </li>
        ))}
      </ol>
    </section>
  );
}
