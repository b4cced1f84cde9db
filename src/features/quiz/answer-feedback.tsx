import { Suspense, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { optionLabel } from './option-label';
import { SourceList } from '@/components/ui/source-list';
import { questionType } from '@/domain/question-types/registry';
import type { Question } from '@/types/content';
import { isCorrect } from './engine';

interface AnswerFeedbackProps {
  question: Question;
  selected: string[];
}

/**
 * What the learner answered, whether it was right, why, and the source.
 * Takes focus when it appears, so a screen reader reads the verdict first.
 */
export function AnswerFeedback({ question, selected }: AnswerFeedbackProps) {
  const { t } = useTranslation('quiz');
  const heading = useRef<HTMLHeadingElement>(null);
  const right = isCorrect(question, selected);
  const correctIds = question.options.filter((o) => o.correct).map((o) => o.id);
  const found = correctIds.filter((id) => selected.includes(id)).length;
  const alsoWrong = selected.filter((id) => !correctIds.includes(id)).length;
  // Where several answers may be right, the verdict alone does not say how close the learner came.
  const tally = questionType(question).input === 'checkbox';

  useEffect(() => {
    heading.current?.focus();
  }, [question.id]);

  return (
    <section className="feedback" aria-labelledby={`${question.id}-verdict`}>
      <p className="question__prompt">{question.prompt}</p>
      <h2
        id={`${question.id}-verdict`}
        ref={heading}
        tabIndex={-1}
        className={`verdict verdict--${right ? 'right' : 'wrong'}`}
      >
        <span aria-hidden="true">{right ? '✓ ' : '✗ '}</span>
        {right ? t('right') : t('wrong')}
      </h2>
      {tally && (
        <p className="feedback__tally">
          {t('foundRight', { found, count: correctIds.length })}
          {alsoWrong > 0 && <> {t('alsoWrong', { count: alsoWrong })}</>}
        </p>
      )}
      <ul className="options options--answered">
        {question.options.map((option) => {
          const chosen = selected.includes(option.id);
          return (
            <li
              key={option.id}
              className={`option-result${option.correct ? ' option-result--correct' : ''}${chosen ? ' option-result--chosen' : ''}`}
            >
              <p className="option-result__text">{optionLabel(question, option, t)}</p>
              <p className="option-result__tags">
                {chosen && <span className="tag">{t('yourAnswer')}</span>}
                {option.correct && <span className="tag tag--correct">{t('correctAnswer')}</span>}
              </p>
              <p>{option.feedback}</p>
            </li>
          );
        })}
      </ul>
      <p>
        <strong>{t('why')}</strong> {question.explanation}
      </p>
      <details className="sources">
        <summary>{t('source', { count: question.sources.length })}</summary>
        <Suspense fallback={null}>
          <SourceList ids={question.sources} />
        </Suspense>
      </details>
    </section>
  );
}
