import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import { PageHeading } from '@/components/ui/page-heading';
import { Button } from '@/components/ui/button';
import { ButtonLink } from '@/components/ui/button-link';
import { useCatalogue, useModuleContent } from '@/hooks/use-content';
import { useLanguage } from '@/hooks/use-language';
import { useModuleSummary } from '@/hooks/use-module-summary';
import { useProgress } from '@/hooks/use-progress';
import { useScoreSummary } from '@/hooks/use-score-summary';
import { formatPercent } from '@/lib/i18n';
import { paths } from '@/lib/paths';
import { activeAttempt, firstUnanswered, hasPassed, latestFinished } from '@/domain/attempts';
import { isCourseComplete, nextUnfinishedModule } from '@/domain/course-parts';
import { resumeHref } from '@/domain/module-status';
import { useAppStore } from '@/store/store';
import { allAnswered, isPassed, resolveAttempt, scoreAttempt } from '@/features/quiz/engine';
import { MistakeReview } from '@/features/quiz/mistake-review';
import { useStartAttempt } from '@/features/quiz/use-start-attempt';
import { CourseFinished } from '@/features/certificate/course-finished';

export default function QuizResultsPage() {
  const { t } = useTranslation('quiz');
  const language = useLanguage();
  const summary = useModuleSummary();
  const module = useModuleContent(summary.id);
  const catalogue = useCatalogue();
  const progress = useProgress();
  const chosen = useAppStore((s) => s.settings.tracks);
  const attempts = progress.quizzes[summary.id];
  const scoreSummary = useScoreSummary();
  const { wrong, start } = useStartAttempt(summary.id);
  const verdict = useRef<HTMLParagraphElement>(null);
  const finishQuizAttempt = useAppStore((s) => s.finishQuizAttempt);
  const active = activeAttempt(attempts);
  const latest = latestFinished(attempts);
  const readyToFinish = active !== undefined && allAnswered(active);
  // The finish line shows once this pass completes the course (and on every later pass).
  const finishLine = latest?.passed === true && isCourseComplete(catalogue, progress.quizzes);
  const next = nextUnfinishedModule(catalogue, chosen, progress.quizzes, summary.id);

  // The attempt is closed here, on arrival, so a reload or a second tab cannot lose it.
  useEffect(() => {
    if (active && readyToFinish) {
      const score = scoreAttempt(active);
      finishQuizAttempt(summary.id, active.id, score, isPassed(active, score));
    }
  }, [active, readyToFinish, finishQuizAttempt, summary.id]);

  // With the finish line, its heading takes focus instead (see CourseFinished).
  useEffect(() => {
    if (!finishLine) verdict.current?.focus();
  }, [latest?.id, finishLine]);

  if (readyToFinish) return null;
  if (active) {
    return <Navigate replace to={paths.quizQuestion(summary.id, firstUnanswered(active) ?? 1)} />;
  }
  if (!latest) return <Navigate replace to={paths.quiz(summary.id)} />;

  // The mistakes the course can still show; the count comes from the attempt itself,
  // which stays right even if the course has changed since.
  const questions = resolveAttempt(latest, module.quiz) ?? [];
  const mistakes = questions.filter((q) => !latest.answers[q.id]?.correct);
  const total = latest.questions.length;
  const right = latest.questions.filter((q) => latest.answers[q.id]?.correct).length;
  const practice = latest.mode === 'wrong-only';
  // A practice round never passes, but the module may be passed already.
  const modulePassed = hasPassed(attempts);

  return (
    <div className="page page--narrow">
      <nav aria-label={t('breadcrumb')} className="breadcrumb">
        <Link to={paths.module(summary.id)}>{module.title}</Link>
      </nav>
      <PageHeading title={`${t('results')} – ${module.title}`}>{t('results')}</PageHeading>
      <div className={`result-box result-box--${latest.passed ? 'passed' : 'failed'}`}>
        <p className="result-box__score">
          {t('score', {
            right,
            total,
            percent: formatPercent(latest.score ?? 0, language),
          })}
        </p>
        <p ref={verdict} tabIndex={-1} className="result-box__verdict">
          <span aria-hidden="true">{practice ? '↻ ' : latest.passed ? '✓ ' : '✗ '}</span>
          {practice
            ? modulePassed
              ? t('practiceDoneAlreadyPassed')
              : t('practiceDone')
            : latest.passed
              ? t('passed', { passMark: formatPercent(latest.passMark, language) })
              : t('notPassed', { passMark: formatPercent(latest.passMark, language) })}
        </p>
        {practice && <p>{scoreSummary(attempts)}</p>}
      </div>
      {finishLine && (
        <CourseFinished
          takeFocus
          next={next && { title: next.title, href: resumeHref(next, progress) }}
        />
      )}
      {modulePassed && !finishLine && next && (
        <p>
          <ButtonLink variant="primary" to={resumeHref(next, progress)}>
            {t('nextPart', { title: next.title })}
          </ButtonLink>
        </p>
      )}
      {mistakes.length > 0 ? (
        <MistakeReview questions={mistakes} answers={latest.answers} />
      ) : (
        <p>{t('noMistakes')}</p>
      )}
      <div className="actions">
        <ButtonLink variant={modulePassed ? undefined : 'primary'} to={paths.quiz(summary.id)}>
          {t('retake')}
        </ButtonLink>
        {wrong.length > 0 && (
          <Button onClick={() => start('wrong-only')}>
            {t('retakeWrong', { count: wrong.length })}
          </Button>
        )}
        <ButtonLink variant="secondary" to={paths.module(summary.id)}>
          {t('backToModule')}
        </ButtonLink>
      </div>
    </div>
  );
}
