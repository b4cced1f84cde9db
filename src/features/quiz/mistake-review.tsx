import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { optionLabel } from './option-label';
import type { QuizAnswer } from '@/store/schema';
import type { Question } from '@/types/content';

interface MistakeReviewProps {
  questions: Question[];
  answers: Record<string, QuizAnswer>;
}

/** Every question answered wrong: what was chosen, what was right, and why. */
export function MistakeReview({ questions, answers }: MistakeReviewProps) {
  const { t } = useTranslation('quiz');
  const label = (q: Question, id: string) => {
    const option = q.options.find((o) => o.id === id);
    return option ? optionLabel(q, option, t) : id;
  };
  return (
    <section aria-labelledby="mistakes-heading">
      <h2 id="mistakes-heading">{t('mistakes', { count: questions.length })}</h2>
      <ol className="mistakes">
        {questions.map((q) => (
          <li key={q.id} className="card">
            <p className="question__prompt">{q.prompt}</p>
            <AnswerList
              heading={t('youAnswered')}
              labels={(answers[q.id]?.selected ?? []).map((id) => label(q, id))}
            />
            <AnswerList
              heading={t('rightAnswer')}
              labels={q.options.filter((o) => o.correct).map((o) => label(q, o.id))}
            />
            <p>{q.explanation}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}

/** "Du svarade:" or "Rätt svar:" and the answers, one per line (a list when there are several). */
function AnswerList({ heading, labels }: { heading: string; labels: string[] }) {
  const id = useId();
  if (labels.length === 1) {
    return (
      <p>
        <strong>{heading}</strong> {labels[0]}
      </p>
    );
  }
  return (
    <>
      <p className="answer-list__heading" id={id}>
        <strong>{heading}</strong>
      </p>
      <ul className="answer-list" aria-labelledby={id}>
        {labels.map((text) => (
          <li key={text}>{text}</li>
        ))}
      </ul>
    </>
  );
}
