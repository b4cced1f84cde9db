import { useTranslation } from 'react-i18next';
import { questionType } from '@/domain/question-types/registry';
import type { Question, QuestionOption } from '@/types/content';

/** Every quiz question with its right answer(s) and the explanation. */
export function QuizKey({ questions }: { questions: Question[] }) {
  const { t } = useTranslation('trainer');
  const words = { trueLabel: t('answerKey.true'), falseLabel: t('answerKey.false') };
  const label = (question: Question, option: QuestionOption) =>
    questionType(question).optionLabel(option, words);
  return (
    <>
      <h3>{t('answerKey.quiz', { count: questions.length })}</h3>
      <ol className="answer-key__questions">
        {questions.map((question) => {
          const right = question.options.filter((o) => o.correct);
          return (
            <li key={question.id} className="answer-key__question">
              <p className="answer-key__prompt">{question.prompt}</p>
              <p className="answer-key__label">{t('answerKey.right', { count: right.length })}</p>
              <ul className="answer-key__answers">
                {right.map((option) => (
                  <li key={option.id}>
                    <span aria-hidden="true">✓ </span>
                    {label(question, option)}
                  </li>
                ))}
              </ul>
              <p>
                <strong>{t('answerKey.explanation')}</strong> {question.explanation}
              </p>
            </li>
          );
        })}
      </ol>
    </>
  );
}
