import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { DecisionPoint } from '@/domain/practice';
import { paths } from '@/lib/paths';
import type { ScenarioChoice } from '@/types/content';
import { Button } from '@/components/ui/button';
import { ButtonLink } from '@/components/ui/button-link';
import { type Verdict, verdictIcons, verdictOf } from './verdict';

interface PracticeSummaryProps {
  results: { point: DecisionPoint; choice: ScenarioChoice | undefined }[];
  onAgain: () => void;
}

/** The end of a session: how many best choices, each answer, and a new session. Takes focus. */
export function PracticeSummary({ results, onAgain }: PracticeSummaryProps) {
  const { t } = useTranslation('practice');
  const heading = useRef<HTMLHeadingElement>(null);
  const verdicts = results.map(({ point, choice }): Verdict | undefined =>
    choice ? verdictOf(point.step, choice) : undefined,
  );
  const right = verdicts.filter((v) => v === 'best').length;

  useEffect(() => {
    heading.current?.focus();
  }, []);

  return (
    <section className="practice-summary" aria-labelledby="practice-summary-heading">
      <h2 id="practice-summary-heading" ref={heading} tabIndex={-1}>
        {t('summary.heading')}
      </h2>
      <p className="practice-summary__score">
        {t('summary.score', { right, count: results.length })}
      </p>
      <p>{right === results.length ? t('summary.allRight') : t('summary.keepGoing')}</p>
      <h3>{t('summary.listLabel')}</h3>
      <ol className="practice-results">
        {results.map(({ point }, i) => {
          const verdict = verdicts[i];
          return (
            <li key={point.key}>
              {point.scenario.title}:{' '}
              {verdict ? (
                <span className={`practice-verdict--${verdict}`}>
                  <span aria-hidden="true">{verdictIcons[verdict]} </span>
                  {t(`verdict.${verdict}`)}
                </span>
              ) : (
                t('summary.unanswered')
              )}
            </li>
          );
        })}
      </ol>
      <div className="actions">
        <Button variant="primary" onClick={onAgain}>
          {t('summary.again')}
        </Button>
        <ButtonLink variant="secondary" to={paths.home()}>
          {t('summary.toCourse')}
        </ButtonLink>
      </div>
    </section>
  );
}
