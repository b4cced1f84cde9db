import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { Link } from 'react-router';
import { PageHeading } from '@/components/ui/page-heading';
import { StatusBadge } from '@/components/ui/status-badge';
import { ButtonLink } from '@/components/ui/button-link';
import { useCatalogue } from '@/hooks/use-content';
import { useModuleSummary } from '@/hooks/use-module-summary';
import { useProgress } from '@/hooks/use-progress';
import { useEstimate } from '@/hooks/use-estimate';
import { useScoreSummary } from '@/hooks/use-score-summary';
import { paths } from '@/lib/paths';
import { activeAttempt } from '@/domain/attempts';
import { isCourseComplete, nextUnfinishedModule } from '@/domain/course-parts';
import { moduleStatus, resumeHref } from '@/domain/module-status';
import { useAppStore } from '@/store/store';
import type { ModuleSummary } from '@/types/content';
import { scenarioKey } from '@/domain/keys';

export default function ModulePage() {
  const { t } = useTranslation('catalogue');
  const module = useModuleSummary();
  const progress = useProgress();
  const estimate = useEstimate();
  const catalogue = useCatalogue();
  const chosen = useAppStore((s) => s.settings.tracks);
  const scoreSummary = useScoreSummary();
  const visited = progress.modules[module.id]?.lessonsVisited ?? [];
  const attempts = progress.quizzes[module.id];
  const active = activeAttempt(attempts);
  const scores = scoreSummary(attempts);
  const status = moduleStatus(module, progress);
  const nextModule = nextUnfinishedModule(catalogue, chosen, progress.quizzes, module.id);
  const main = mainAction({
    module,
    status,
    resume: resumeHref(module, progress),
    started: visited.length > 0,
    complete: isCourseComplete(catalogue, progress.quizzes),
    next: nextModule && { title: nextModule.title, href: resumeHref(nextModule, progress) },
    t,
  });

  return (
    <div className="page">
      <nav aria-label={t('breadcrumb')} className="breadcrumb">
        <Link to={paths.home()}>{t('title')}</Link>
      </nav>
      <PageHeading>{module.title}</PageHeading>
      <p className="lead">{module.summary}</p>
      <p>
        <StatusBadge status={status} /> · {estimate(module.minutes, 'alone')}
      </p>
      <p className="actions">
        <ButtonLink variant="primary" to={main.to}>
          {main.label}
        </ButtonLink>
        {status === 'passed' && (
          <ButtonLink variant="secondary" to={paths.lesson(module.id, module.lessons[0]!.id)}>
            {t('module.readAgain')}
          </ButtonLink>
        )}
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
        {scores && <p>{scores}</p>}
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

interface MainActionInput {
  module: ModuleSummary;
  status: ReturnType<typeof moduleStatus>;
  resume: string;
  started: boolean;
  complete: boolean;
  /** The next part of the path not yet passed, and where to pick it up. */
  next: { title: string; href: string } | undefined;
  t: TFunction<'catalogue'>;
}

/**
 * Where the module's main button leads: on with the reading, to the quiz once everything is
 * read, and once the module is passed to the next part of the path or, with the course complete,
 * to the certificate. Never to the page the learner is on.
 */
function mainAction({ module, status, resume, started, complete, next, t }: MainActionInput) {
  if (status === 'passed') {
    if (complete) return { to: paths.certificate(), label: t('module.toCertificate') };
    if (next) return { to: next.href, label: t('module.nextPart', { title: next.title }) };
  }
  if (resume === paths.module(module.id)) {
    return { to: paths.quiz(module.id), label: t('module.startQuiz') };
  }
  return { to: resume, label: started ? t('module.continue') : t('module.start') };
}
