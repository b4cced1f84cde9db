import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeading } from '@/components/ui/page-heading';
import { StatusBadge } from '@/components/ui/status-badge';
import { ButtonLink } from '@/components/ui/button-link';
import { useLanguage } from '@/hooks/use-language';
import { useModuleSummary } from '@/hooks/use-module-summary';
import { useProgress } from '@/hooks/use-progress';
import { useEstimate } from '@/hooks/use-estimate';
import { formatPercent } from '@/lib/i18n';
import { paths } from '@/lib/paths';
import { activeAttempt, bestScore, latestFinished } from '@/domain/attempts';
import { moduleStatus, resumeHref } from '@/domain/module-status';
import { scenarioKey } from '@/domain/keys';

export default function ModulePage() {
  const { t } = useTranslation('catalogue');
  const module = useModuleSummary();
  const progress = useProgress();
  const language = useLanguage();
  const estimate = useEstimate();
  const visited = progress.modules[module.id]?.lessonsVisited ?? [];
  const attempts = progress.quizzes[module.id];
  const active = activeAttempt(attempts);
  const best = bestScore(attempts);
  const latest = latestFinished(attempts);

  return (
    <div className="page">
      <nav aria-label={t('breadcrumb')} className="breadcrumb">
        <Link to={paths.home()}>{t('title')}</Link>
      </nav>
      <PageHeading>{module.title}</PageHeading>
      <p className="lead">{module.summary}</p>
      <p>
        <StatusBadge status={moduleStatus(module, progress)} /> ·{' '}
        {estimate(module.minutes, 'alone')}
      </p>
      <p>
        <ButtonLink variant="primary" to={resumeHref(module, progress)}>
          {visited.length > 0 ? t('module.continue') : t('module.start')}
        </ButtonLink>
      </p>

      <section aria-labelledby="lessons-heading">
        <h2 id="lessons-heading">{t('module.lessons')}</h2>
        <ol className="step-list">
          {module.lessons.map((lesson) => {
            const read = visited.includes(lesson.id);
            return (
              <li key={lesson.id}>
                <Link to={paths.lesson(module.id, lesson.id)}>{lesson.title}</Link>{' '}
                <span className="muted">
                  <span aria-hidden="true">{read ? '✓' : '○'}</span>{' '}
                  {read ? t('module.read') : t('module.unread')}
                </span>
              </li>
            );
          })}
        </ol>
      </section>

      <section aria-labelledby="quiz-heading">
        <h2 id="quiz-heading">{t('module.quiz')}</h2>
        <p>{t('module.quizInfo', { draw: module.quizDraw, pool: module.questionCount })}</p>
        {best !== undefined && latest && (
          <p>
            {t('module.scores', {
              best: formatPercent(best, language),
              latest: formatPercent(latest.score ?? 0, language),
            })}
          </p>
        )}
        <p>
          {active ? (
            <ButtonLink to={resumeHref(module, progress)}>{t('module.resumeQuiz')}</ButtonLink>
          ) : (
            <ButtonLink to={paths.quiz(module.id)}>
              {attempts?.length ? t('module.retakeQuiz') : t('module.startQuiz')}
            </ButtonLink>
          )}
        </p>
      </section>

      {module.scenarios.length > 0 && (
        <section aria-labelledby="scenarios-heading">
          <h2 id="scenarios-heading">{t('module.scenarios')}</h2>
          <ul className="step-list">
            {module.scenarios.map((s) => {
              const found =
                progress.scenarios[scenarioKey(module.id, s.id)]?.endingsFound.length ?? 0;
              return (
                <li key={s.id}>
                  <Link to={paths.scenario(module.id, s.id)}>{s.title}</Link>{' '}
                  <span className="muted">
                    {t('module.endings', { found, total: s.endings.length })}
                  </span>
                </li>
              );
            })}
          </ul>
        </section>
      )}
    </div>
  );
}
