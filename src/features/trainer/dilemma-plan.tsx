import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCatalogue, useModuleContent } from '@/hooks/use-content';
import { paths } from '@/lib/paths';
import type { Catalogue } from '@/types/content';
import { audienceOf } from './audience';
import { dilemmaTime, MINUTES_PER_DECISION, READ_ALOUD_WORDS_PER_MINUTE } from './dilemma-time';

/** One module's dilemmas as rows: the module's content is loaded for its steps. */
function ModuleRows({ catalogue, moduleId }: { catalogue: Catalogue; moduleId: string }) {
  const { t } = useTranslation('trainer');
  const module = useModuleContent(moduleId);
  const audience = audienceOf(catalogue, moduleId);
  return (
    <>
      {module.scenarios.map((scenario) => {
        const time = dilemmaTime(scenario);
        return (
          <tr key={scenario.id}>
            <th scope="row">
              <Link to={paths.facilitate(module.id, scenario.id)}>{scenario.title}</Link>
              <span className="dilemma-plan__module">{module.title}</span>
            </th>
            <td className="dilemma-plan__number">{t('plan.minutes', { count: time.minutes })}</td>
            <td className="dilemma-plan__number">{time.decisions}</td>
            <td>
              {audience.kind === 'everyone' ? (
                t('plan.everyone')
              ) : (
                <>
                  <strong>{audience.track.title}.</strong> {audience.track.role}.
                </>
              )}
            </td>
          </tr>
        );
      })}
    </>
  );
}

/** Every dilemma with the time it takes a group and whom it suits, to choose one for a meeting. */
export function DilemmaPlan() {
  const { t } = useTranslation('trainer');
  const catalogue = useCatalogue();
  return (
    <section aria-labelledby="dilemma-plan-heading" className="dilemma-plan">
      <h2 id="dilemma-plan-heading">{t('plan.heading')}</h2>
      <p>
        {t('plan.howTime', {
          perDecision: MINUTES_PER_DECISION,
          wordsPerMinute: READ_ALOUD_WORDS_PER_MINUTE,
        })}
      </p>
      <div className="table-wrap">
        <table className="dilemma-plan__table">
          <caption className="visually-hidden">{t('plan.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('plan.dilemma')}</th>
              <th scope="col">{t('plan.time')}</th>
              <th scope="col">{t('plan.decisions')}</th>
              <th scope="col">{t('plan.suits')}</th>
            </tr>
          </thead>
          <tbody>
            {catalogue.modules
              .filter((m) => m.scenarios.length > 0)
              .map((m) => (
                <Suspense key={m.id} fallback={null}>
                  <ModuleRows catalogue={catalogue} moduleId={m.id} />
                </Suspense>
              ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
