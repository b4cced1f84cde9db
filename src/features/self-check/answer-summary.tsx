import { useTranslation } from 'react-i18next';
import type { SelfCheckAnswers } from './advice';
import { optionKey, steps } from './steps';

/** The offer and every answer, question by question, as a description list. */
export function AnswerSummary({ answers }: { answers: SelfCheckAnswers }) {
  const { t } = useTranslation('selfcheck');
  return (
    <section aria-labelledby="self-check-answers" className="self-check-result__section">
      <h2 id="self-check-answers">{t('result.answersHeading')}</h2>
      <dl className="self-check-answers">
        {steps.map((step) => (
          <div key={step.id}>
            <dt>{t(`steps.${step.id}.question`)}</dt>
            <dd>{t(`options.${optionKey(step.id, answers[step.id])}`)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
