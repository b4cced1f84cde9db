import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import { PageHeading } from '@/components/ui/page-heading';
import { Button } from '@/components/ui/button';
import { useModuleContent } from '@/hooks/use-content';
import { useLanguage } from '@/hooks/use-language';
import { useModuleSummary } from '@/hooks/use-module-summary';
import { formatPercent } from '@/lib/i18n';
import { paths } from '@/lib/paths';
import { activeAttempt, firstUnanswered, latestFinished } from '@/domain/attempts';
import { useAppStore } from '@/store/store';
import { useStartAttempt } from '@/features/quiz/use-start-attempt';

export default function QuizStartPage() {
  const { t } = useTranslation('quiz');
  const language = useLanguage();
  const summary = useModuleSummary();
  const module = useModuleContent(summary.id);
  const attempts = useAppStore((s) => s.quizzes[summary.id]);
  const { wrong, passMark, start } = useStartAttempt(summary.id);

  const active = activeAttempt(attempts);
  if (active) {
    return <Navigate replace to={paths.quizQuestion(summary.id, firstUnanswered(active) ?? 1)} />;
  }
  const latest = latestFinished(attempts);

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
