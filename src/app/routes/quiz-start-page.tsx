import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate } from 'react-router';
import { PageHeading } from '@/components/ui/page-heading';
import { Button } from '@/components/ui/button';
import { useModuleContent } from '@/hooks/use-content';
import { useLanguage } from '@/hooks/use-language';
import { useModuleSummary } from '@/hooks/use-module-summary';
import { formatPercent } from '@/lib/i18n';
import { paths } from '@/lib/paths';
import { activeAttempt, firstUnanswered, latestFinished } from '@/domain/attempts';
import { cryptoRandom } from '@/lib/random';
import { useAppStore } from '@/store/store';
import { type AttemptMode, createAttempt, wrongQuestionIds } from '@/features/quiz/engine';
import { usePassMark } from '@/features/quiz/use-pass-mark';

export default function QuizStartPage() {
  const { t } = useTranslation('quiz');
  const language = useLanguage();
  const summary = useModuleSummary();
  const module = useModuleContent(summary.id);
  const attempts = useAppStore((s) => s.quizzes[summary.id]);
  const startQuizAttempt = useAppStore((s) => s.startQuizAttempt);
  const passMark = usePassMark(summary.id);
  const navigate = useNavigate();

  const active = activeAttempt(attempts);
  if (active) {
    return <Navigate replace to={paths.quizQuestion(summary.id, firstUnanswered(active) ?? 1)} />;
  }
  const latest = latestFinished(attempts);
  // Only questions the course still has: an update may have removed some.
  const poolIds = new Set(module.quiz.questions.map((q) => q.id));
  const wrong = latest ? wrongQuestionIds(latest).filter((id) => poolIds.has(id)) : [];

  const start = (mode: AttemptMode) => {
    const attempt = createAttempt({
      quiz: module.quiz,
      passMark,
      mode,
      onlyQuestionIds: wrong,
      random: cryptoRandom,
      now: Date.now(),
    });
    startQuizAttempt(summary.id, attempt);
    void navigate(paths.quizQuestion(summary.id, 1));
  };

  return (
    <div className="page page--narrow">
      <nav aria-label={t('breadcrumb')} className="breadcrumb">
        <Link to={paths.module(summary.id)}>{module.title}</Link>
      </nav>
      <PageHeading title={`${t('title')} – ${module.title}`}>{t('title')}</PageHeading>
      <p className="lead">
        {t('intro', {
          count: Math.min(module.quiz.draw, module.quiz.questions.length),
          passMark: formatPercent(passMark, language),
        })}
      </p>
      <p>{t('introRetake')}</p>
      <div className="actions">
        <Button variant="primary" onClick={() => start('fresh')}>
          {latest ? t('retakeFresh') : t('start')}
        </Button>
        {wrong.length > 0 && (
          <Button onClick={() => start('wrong-only')}>
            {t('retakeWrong', { count: wrong.length })}
          </Button>
        )}
      </div>
    </div>
  );
}
