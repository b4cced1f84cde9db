import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { PageHeading } from '@/components/ui/page-heading';
import { RatingBadge } from '@/components/ui/rating-badge';
import { RichText } from '@/components/ui/rich-text';
import { ButtonLink } from '@/components/ui/button-link';
import { Button } from '@/components/ui/button';
import { paths } from '@/lib/paths';
import { useAppStore } from '@/store/store';
import { currentNodeId, endingsWithStatus, findNode } from '@/features/scenario/engine';
import { useScenario } from '@/features/scenario/use-scenario';

export default function ScenarioPage() {
  const { t } = useTranslation('scenario');
  const { module, scenario, key, progress } = useScenario();
  const startScenario = useAppStore((s) => s.startScenario);
  const navigate = useNavigate();
  const current = progress?.run ? currentNodeId(scenario, progress.run) : undefined;
  const inProgress =
    current !== undefined &&
    findNode(scenario, current)?.kind === 'step' &&
    (progress?.run?.path.length ?? 0) > 0;
  const endings = endingsWithStatus(scenario, progress?.endingsFound ?? []);
  const found = progress?.endingsFound.length ?? 0;

  const start = () => {
    startScenario(key);
    void navigate(paths.scenarioStep(module.id, scenario.id, scenario.start));
  };

  return (
    <div className="page page--reading">
      <nav aria-label={t('breadcrumb')} className="breadcrumb">
        <Link to={paths.module(module.id)}>{module.title}</Link>
      </nav>
      <p className="page-progress">{t('kicker')}</p>
      <PageHeading title={`${scenario.title} – ${module.title}`}>{scenario.title}</PageHeading>
      <div className="prose">
        <RichText value={scenario.intro} />
      </div>
      <div className="actions">
        {inProgress && current && (
          <ButtonLink variant="primary" to={paths.scenarioStep(module.id, scenario.id, current)}>
            {t('continue')}
          </ButtonLink>
        )}
        <Button variant={inProgress ? undefined : 'primary'} onClick={start}>
          {found > 0 ? t('playAgain') : t('start')}
        </Button>
      </div>
      {/* Until the learner has reached an ending, a count of none says nothing to them. */}
      {found > 0 && (
        <section aria-labelledby="endings-heading">
          <h2 id="endings-heading">
            {t('endingsFound', { found, total: scenario.endings.length })}
          </h2>
          <ul className="endings">
            {endings.map(({ ending, found }) => (
              <li key={ending.id}>
                {found ? (
                  <>
                    <RatingBadge rating={ending.rating} /> {ending.title}
                  </>
                ) : (
                  <span className="muted">{t('notFoundYet')}</span>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
