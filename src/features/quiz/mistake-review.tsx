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
            <p>
              <strong>{t('youAnswered')}</strong>{' '}
              {(answers[q.id]?.selected ?? []).map((id) => label(q, id)).join('; ')}
            </p>
            <p>
              <strong>{t('rightAnswer')}</strong>{' '}
              {q.options
                .filter((o) => o.correct)
                .map((o) => label(q, o.id))
                .join('; ')}
            </p>
            <p>{q.explanation}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}
