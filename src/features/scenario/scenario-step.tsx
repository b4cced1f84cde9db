import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '@/lib/paths';
import { endsWithQuestion } from '@/domain/dilemma-text';
import { isBestChoice } from '@/domain/practice';
import type { ScenarioRun } from '@/store/schema';
import { useAppStore } from '@/store/store';
import type { Scenario, ScenarioStep } from '@/types/content';
import { ButtonLink } from '@/components/ui/button-link';
import { choiceAt, currentNodeId, endingOf, findChoice, stepStanding } from './engine';

interface ScenarioStepViewProps {
  moduleId: string;
  scenario: Scenario;
  scenarioKey: string;
  step: ScenarioStep;
  run: ScenarioRun | undefined;
}

/** A decision point: the choices, then the consequence of the one made and the rule behind it. */
export function ScenarioStepView({
  moduleId,
  scenario,
  scenarioKey,
  step,
  run,
}: ScenarioStepViewProps) {
  const { t } = useTranslation('scenario');
  const choose = useAppStore((s) => s.chooseInScenario);
  const chosenId = choiceAt(run, step.id);
  const chosen = chosenId ? findChoice(step, chosenId) : undefined;
  const consequence = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (chosen) consequence.current?.focus();
  }, [chosen]);

  const current = currentNodeId(scenario, run);
  if (!chosen && stepStanding(scenario, run, step.id) === 'not-reached') {
    // A step this round has not come to (browser Back, a bookmark): choosing here would tangle it.
    return (
      <p className="notice">
        {t('notReached')}{' '}
        <Link to={paths.scenarioStep(moduleId, scenario.id, current)}>{t('goToCurrent')}</Link>
      </p>
    );
  }

  if (!chosen) {
    return (
      <section aria-labelledby={`${step.id}-choices`}>
        <h2 id={`${step.id}-choices`}>
          {endsWithQuestion(step.text) ? t('chooseOne') : t('whatDoYouDo')}
        </h2>
        <ul className="choices">
          {step.choices.map((choice) => (
            <li key={choice.id}>
              <button
                type="button"
                className="choice"
                onClick={() =>
                  choose(
                    scenarioKey,
                    step.id,
                    choice.id,
                    endingOf(scenario, choice),
                    isBestChoice(step, choice),
                  )
                }
              >
                {choice.text}
              </button>
            </li>
          ))}
        </ul>
      </section>
    );
  }

  return (
    <section className="consequence" aria-labelledby={`${step.id}-consequence`}>
      <p>
        <strong>{t('youChose')}</strong> {chosen.text}
      </p>
      <h2 id={`${step.id}-consequence`} ref={consequence} tabIndex={-1}>
        {t('whatHappens')}
      </h2>
      <p>{chosen.consequence}</p>
      <div className="rule">
        <h3>{t('rule')}</h3>
        <p>{chosen.rule}</p>
      </div>
      <p>
        <ButtonLink variant="primary" to={paths.scenarioStep(moduleId, scenario.id, chosen.next)}>
          {t('continueTo')}
        </ButtonLink>
      </p>
    </section>
  );
}
