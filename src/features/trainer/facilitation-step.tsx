import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { RichText } from '@/components/ui/rich-text';
import { Button } from '@/components/ui/button';
import { isBestChoice } from '@/domain/practice';
import type { Scenario, ScenarioStep } from '@/types/content';
import { ChoiceCard } from './choice-card';
import { choiceLetter } from './choice-letter';
import { groupChoiceId, mostVotedId, type SessionState, voteCounts } from './session';

interface FacilitationStepProps {
  scenario: Scenario;
  step: ScenarioStep;
  number: number;
  state: SessionState;
  headingRef: Ref<HTMLHeadingElement>;
  revealRef: Ref<HTMLHeadingElement>;
  onVote: (choiceId: string, value: string) => void;
  onReveal: () => void;
  onContinue: (choiceId: string) => void;
}

/** One decision point for the group: the situation, what to discuss, the choices and their votes. */
export function FacilitationStep({
  scenario,
  step,
  number,
  state,
  headingRef,
  revealRef,
  onVote,
  onReveal,
  onContinue,
}: FacilitationStepProps) {
  const { t } = useTranslation('facilitation');
  const counts = voteCounts(state, step);
  const total = counts.reduce((a, b) => a + b, 0);
  const revealed = state.revealed.includes(step.id);
  const mostVoted = mostVotedId(state, step);
  const byDefault = groupChoiceId(state, step);
  const letterOf = (choiceId: string) =>
    choiceLetter(step.choices.findIndex((c) => c.id === choiceId));

  return (
    <section className="fac-step" aria-labelledby="fac-step-heading">
      <h2 id="fac-step-heading" ref={headingRef} tabIndex={-1}>
        {t('decision', { number })}
      </h2>
      <div className="fac-situation">
        {step.id === scenario.start && <RichText value={scenario.intro} />}
        <RichText value={step.text} />
      </div>
      {step.discussion && (
        <div className="fac-discuss">
          <h3>{t('discuss')}</h3>
          <p>{step.discussion}</p>
        </div>
      )}
      <fieldset className="fac-choices">
        <legend className="fac-choices__legend">{t('whatDoYouDo')}</legend>
        <p className="fac-choices__hint">{t('voteHint')}</p>
        {revealed && (
          <h3 className="fac-choices__revealed" ref={revealRef} tabIndex={-1}>
            {t('revealedHeading')}
          </h3>
        )}
        <ol className="fac-choices__list">
          {step.choices.map((choice, i) => (
            <ChoiceCard
              key={choice.id}
              choice={choice}
              letter={choiceLetter(i)}
              value={state.votes[step.id]?.[choice.id] ?? ''}
              count={counts[i] ?? 0}
              total={total}
              revealed={revealed}
              onVote={(value) => onVote(choice.id, value)}
            />
          ))}
        </ol>
        <p className="fac-choices__total">{t('total', { count: total })}</p>
      </fieldset>
      {revealed ? (
        <div className="fac-continue">
          <h3>{t('continueHeading')}</h3>
          <p>{t('continueHint')}</p>
          <div className="actions">
            {step.choices.map((choice, i) => {
              const tags = [
                isBestChoice(step, choice) && t('best'),
                choice.id === mostVoted && t('mostVotes'),
              ].filter(Boolean);
              return (
                <Button
                  key={choice.id}
                  variant={choice.id === byDefault ? 'primary' : undefined}
                  onClick={() => onContinue(choice.id)}
                >
                  {t('continueWith', { letter: choiceLetter(i) })}
                  {tags.length > 0 && ` (${tags.join(', ')})`}
                </Button>
              );
            })}
          </div>
          <p className="muted">{t('nextKey', { letter: letterOf(byDefault) })}</p>
        </div>
      ) : (
        <div className="actions">
          <Button variant="primary" onClick={onReveal}>
            {t('reveal')}
          </Button>
        </div>
      )}
    </section>
  );
}
