import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { bestChoices, bestRating } from '@/domain/practice';
import type { ScenarioChoice, ScenarioStep } from '@/types/content';
import { Button } from '@/components/ui/button';
import { verdictIcons, verdictOf } from './verdict';

interface PracticeFeedbackProps {
  step: ScenarioStep;
  chosen: ScenarioChoice;
  isLast: boolean;
  onNext: () => void;
}

/**
 * How a choice went, in words and a symbol: what happens, the rule behind it,
 * and the best choice when another was made. Its heading takes focus.
 */
export function PracticeFeedback({ step, chosen, isLast, onNext }: PracticeFeedbackProps) {
  const { t } = useTranslation('practice');
  const heading = useRef<HTMLHeadingElement>(null);
  const verdict = verdictOf(step, chosen);
  const best = bestChoices(step);

  useEffect(() => {
    heading.current?.focus();
  }, []);

  return (
    <section className="practice-feedback" aria-labelledby="practice-verdict">
      <h3
        id="practice-verdict"
        ref={heading}
        tabIndex={-1}
        className={`practice-verdict practice-verdict--${verdict}`}
      >
        <span aria-hidden="true">{verdictIcons[verdict]} </span>
        {t(`verdict.${verdict}`)}
      </h3>
      {verdict === 'best' && bestRating(step) !== 'good' && <p>{t('noGoodChoice')}</p>}
      <p>
        <strong>{t('youChose')}</strong> {chosen.text}
      </p>
      <h4>{t('whatHappens')}</h4>
      <p>{chosen.consequence}</p>
      <div className="practice-rule">
        <h4>{t('rule')}</h4>
        <p>{chosen.rule}</p>
      </div>
      {verdict !== 'best' && (
        <div className="practice-best">
          <h4>{t('bestWas', { count: best.length })}</h4>
          <ul>
            {best.map((choice) => (
              <li key={choice.id}>{choice.text}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="actions">
        <Button variant="primary" onClick={onNext}>
          {isLast ? t('seeSummary') : t('next')}
        </Button>
      </div>
    </section>
  );
}
