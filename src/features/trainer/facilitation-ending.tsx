import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { RatingBadge } from '@/components/ui/rating-badge';
import { RichText } from '@/components/ui/rich-text';
import { Button } from '@/components/ui/button';
import type { Scenario, ScenarioEnding } from '@/types/content';
import { choiceLetter } from './choice-letter';
import { QualityBadge } from './quality-badge';
import type { SessionState } from './session';

interface FacilitationEndingProps {
  scenario: Scenario;
  ending: ScenarioEnding;
  state: SessionState;
  headingRef: Ref<HTMLHeadingElement>;
  onRestart: () => void;
}

/** How the group's path ended, and the choices that led there. */
export function FacilitationEnding({
  scenario,
  ending,
  state,
  headingRef,
  onRestart,
}: FacilitationEndingProps) {
  const { t } = useTranslation('facilitation');
  const taken = state.chosen.flatMap((choiceId, i) => {
    const step = scenario.steps.find((s) => s.id === state.path[i]);
    const index = step?.choices.findIndex((c) => c.id === choiceId) ?? -1;
    const choice = step?.choices[index];
    return choice ? [{ number: i + 1, letter: choiceLetter(index), choice }] : [];
  });
  return (
    <section
      className={`fac-ending ending ending--${ending.rating}`}
      aria-labelledby="fac-step-heading"
    >
      <h2 id="fac-step-heading" ref={headingRef} tabIndex={-1}>
        {t('ending')}
      </h2>
      <p className="fac-ending__rating">
        <RatingBadge rating={ending.rating} />
      </p>
      <h3>{ending.title}</h3>
      <div className="fac-situation">
        <RichText value={ending.text} />
      </div>
      <h3>{t('pathHeading')}</h3>
      <ol className="fac-path">
        {taken.map(({ number, letter, choice }) => (
          <li key={number}>
            {t('pathItem', { number, letter })} {choice.text}{' '}
            <QualityBadge quality={choice.quality} />
          </li>
        ))}
      </ol>
      <div className="actions">
        <Button variant="primary" onClick={onRestart}>
          {t('restart')}
        </Button>
      </div>
    </section>
  );
}
