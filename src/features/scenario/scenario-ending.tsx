import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { RatingBadge } from '@/components/ui/rating-badge';
import { RichText } from '@/components/ui/rich-text';
import { Button } from '@/components/ui/button';
import { ButtonLink } from '@/components/ui/button-link';
import { paths } from '@/lib/paths';
import { useAppStore } from '@/store/store';
import type { Scenario, ScenarioEnding } from '@/types/content';

interface ScenarioEndingViewProps {
  moduleId: string;
  scenario: Scenario;
  scenarioKey: string;
  ending: ScenarioEnding;
  found: string[];
}

export function ScenarioEndingView({
  moduleId,
  scenario,
  scenarioKey,
  ending,
  found,
}: ScenarioEndingViewProps) {
  const { t } = useTranslation('scenario');
  const startScenario = useAppStore((s) => s.startScenario);
  const navigate = useNavigate();
  const replay = () => {
    startScenario(scenarioKey);
    void navigate(paths.scenarioStep(moduleId, scenario.id, scenario.start));
  };
  return (
    <section className={`ending ending--${ending.rating}`} aria-labelledby="ending-title">
      <p>
        <RatingBadge rating={ending.rating} />
      </p>
      <h2 id="ending-title">{ending.title}</h2>
      <div className="prose">
        <RichText value={ending.text} />
      </div>
      <p>{t('endingsFound', { found: found.length, total: scenario.endings.length })}</p>
      {found.length === 1 && scenario.endings.length > 1 && <p>{t('whatIsAnEnding')}</p>}
      <div className="actions">
        <Button variant="primary" onClick={replay}>
          {t('replay')}
        </Button>
        <ButtonLink variant="secondary" to={paths.module(moduleId)}>
          {t('backToModule')}
        </ButtonLink>
      </div>
    </section>
  );
}
