import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useParams } from 'react-router';
import { PageHeading } from '@/components/ui/page-heading';
import { ButtonLink } from '@/components/ui/button-link';
import { useModuleContent } from '@/hooks/use-content';
import { useModuleSummary } from '@/hooks/use-module-summary';
import { paths } from '@/lib/paths';
import { activeAttempt, firstUnanswered } from '@/domain/attempts';
import { useAppStore } from '@/store/store';
import { allAnswered, isCorrect, resolveAttempt } from '@/features/quiz/engine';
import { AnswerFeedback } from '@/features/quiz/answer-feedback';
import { OutdatedAttempt } from '@/features/quiz/outdated-attempt';
import { QuestionForm } from '@/features/quiz/question-form';
import { ReadAloud } from '@/features/read-aloud/read-aloud';

export default function QuizQuestionPage() {
  const { t } = useTranslation('quiz');
  const { number: numberParam = '' } = useParams();
  const summary = useModuleSummary();
  const module = useModuleContent(summary.id);
  const attempt = useAppStore((s) => activeAttempt(s.quizzes[summary.id]));
  const answerQuestion = useAppStore((s) => s.answerQuestion);
  const readRegion = useRef<HTMLDivElement>(null);

  if (!attempt) return <Navigate replace to={paths.quiz(summary.id)} />;
  const questions = resolveAttempt(attempt, module.quiz);
  if (!questions) return <OutdatedAttempt moduleId={summary.id} attemptId={attempt.id} />;

  const number = Number(numberParam);
  const question = Number.isInteger(number) ? questions[number - 1] : undefined;
  if (!question) {
    return <Navigate replace to={paths.quizQuestion(summary.id, firstUnanswered(attempt) ?? 1)} />;
  }
  const answer = attempt.answers[question.id];
  const isLast = number === questions.length;

  return (
    <div className="page page--narrow">
      <nav aria-label={t('breadcrumb')} className="breadcrumb">
        <Link to={paths.module(summary.id)}>{module.title}</Link>
      </nav>
      {attempt.mode === 'wrong-only' && <p className="page-progress">{t('practiceMode')}</p>}
      <PageHeading
        title={`${t('questionOf', { current: number, total: questions.length })} – ${module.title}`}
      >
        {t('questionOf', { current: number, total: questions.length })}
      </PageHeading>
      <ReadAloud region={readRegion} />
      {answer ? (
        <div ref={readRegion}>
          <AnswerFeedback question={question} selected={answer.selected} />
          <div className="actions">
            {!isLast ? (
              <ButtonLink variant="primary" to={paths.quizQuestion(summary.id, number + 1)}>
                {t('next')}
              </ButtonLink>
            ) : allAnswered(attempt) ? (
              <ButtonLink variant="primary" to={paths.quizResults(summary.id)}>
                {t('seeResults')}
              </ButtonLink>
            ) : (
              <ButtonLink
                variant="primary"
                to={paths.quizQuestion(summary.id, firstUnanswered(attempt) ?? 1)}
              >
                {t('toUnanswered')}
              </ButtonLink>
            )}
          </div>
        </div>
      ) : (
        <div ref={readRegion}>
          <QuestionForm
            key={question.id}
            question={question}
            onAnswer={(selected) =>
              answerQuestion(
                summary.id,
                attempt.id,
                question.id,
                selected,
                isCorrect(question, selected),
              )
            }
          />
        </div>
      )}
    </div>
  );
}
