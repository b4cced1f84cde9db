import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { RichText } from '@/components/ui/rich-text';
import { endsWithQuestion } from '@/domain/dilemma-text';
import type { DecisionPoint } from '@/domain/practice';
import type { ScenarioChoice } from '@/types/content';
import { PracticeFeedback } from './practice-feedback';

interface PracticeDecisionProps {
  point: DecisionPoint;
  position: number;
  total: number;
  chosenId: string | undefined;
  onChoose: (choice: ScenarioChoice) => void;
  onNext: () => void;
}

/**
 * One decision point: the dilemma for context, the situation, the choices;
 * after a choice, the feedback in their place. Takes focus when it appears.
 */
export function PracticeDecision({
  point,
  position,
  total,
  chosenId,
  onChoose,
  onNext,
}: PracticeDecisionProps) {
  const { t } = useTranslation('practice');
  const heading = useRef<HTMLHeadingElement>(null);
  const { scenario, step } = point;
  const chosen = step.choices.find((c) => c.id === chosenId);

  useEffect(() => {
    heading.current?.focus();
  }, []);

  return (
    <section className="practice-decision" aria-labelledby="practice-decision-heading">
      <h2 id="practice-decision-heading" ref={heading} tabIndex={-1}>
        {t('decisionOf', { current: position, total })}
      </h2>
      <p className="practice-decision__dilemma">
        {t('fromDilemma')} <strong>{scenario.title}</strong>
      </p>
      <div className="practice-context">
        <h3>{t('background')}</h3>
        <RichText value={scenario.intro} />
      </div>
      <div className="prose">
        <RichText value={step.text} />
      </div>
      {chosen ? (
        <PracticeFeedback step={step} chosen={chosen} isLast={position === total} onNext={onNext} />
      ) : (
        <>
          <h3 id="practice-choices-heading">
            {endsWithQuestion(step.text) ? t('chooseOne') : t('whatDoYouDo')}
          </h3>
          <ul className="choices" aria-labelledby="practice-choices-heading">
            {step.choices.map((choice) => (
              <li key={choice.id}>
                <button type="button" className="choice" onClick={() => onChoose(choice)}>
                  {choice.text}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
