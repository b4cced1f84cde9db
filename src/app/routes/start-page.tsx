import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LazyAssignmentsPanel } from '@/features/assignment/lazy-assignments-panel';
import { PageHeading } from '@/components/ui/page-heading';
import { ButtonLink } from '@/components/ui/button-link';
import { useCatalogue } from '@/hooks/use-content';
import { useProgress } from '@/hooks/use-progress';
import { useEstimate } from '@/hooks/use-estimate';
import { isCourseComplete, nextUnfinishedModule, pathModuleIds } from '@/domain/course-parts';
import { paths } from '@/lib/paths';
import { catalogueDuePool, isPracticeDue } from '@/domain/practice';
import { continueModule, moduleStatus, resumeHref } from '@/domain/module-status';
import { useAppStore } from '@/store/store';
import { CoreSection } from '@/features/catalogue/core-section';
import { PathSection } from '@/features/catalogue/path-section';
import { TracksSection } from '@/features/catalogue/tracks-section';
import { CourseFinished } from '@/features/certificate/course-finished';

/** The start page: the catalogue, with the learner's assignments when there are any. */
export default function StartPage() {
  const { t } = useTranslation('catalogue');
  const catalogue = useCatalogue();
  const progress = useProgress();
  const chosen = useAppStore((s) => s.settings.tracks);
  const estimate = useEstimate();
  const path = pathModuleIds(catalogue, chosen);
  const next = continueModule(
    path.flatMap((id) => catalogue.modules.find((m) => m.id === id) ?? []),
    progress,
  );
  const complete = isCourseComplete(catalogue, progress.quizzes);
  const nextTrackModule = complete
    ? nextUnfinishedModule(catalogue, chosen, progress.quizzes)
    : undefined;
  const core = catalogue.modules.filter((m) => catalogue.core.modules.includes(m.id));
  const practice = useAppStore((s) => s.practice);
  const [now] = useState(Date.now);
  const practiceDue = isPracticeDue(
    practice,
    catalogueDuePool(catalogue.modules, progress, practice),
    now,
  );

  return (
    <div className="page">
      <PageHeading title={t('title')}>{catalogue.course.title}</PageHeading>
      <p className="lead">
        {catalogue.course.intro}{' '}
        {/* Where progress is kept depends on the build, not on the course: so it is no content. */}
        {import.meta.env.MODE === 'scorm' ? t('storageLms') : t('storage')}
      </p>
      <p>{t('overview', { estimate: estimate(catalogue.core.minutes) })}</p>
      {complete ? (
        <CourseFinished
          next={
            nextTrackModule && {
              title: nextTrackModule.title,
              href: resumeHref(nextTrackModule, progress),
            }
          }
        />
      ) : (
        next && (
          <section className="continue" aria-labelledby="continue-heading">
            <h2 id="continue-heading">
              {moduleStatus(next, progress) === 'in-progress'
                ? t('continue.heading')
                : t('start.heading')}
            </h2>
            <p>
              {t('continue.place', {
                number: path.indexOf(next.id) + 1,
                total: path.length,
                estimate: estimate(next.minutes),
              })}
            </p>
            <ButtonLink variant="primary" to={resumeHref(next, progress)}>
              {moduleStatus(next, progress) === 'in-progress'
                ? t('continue.action', { title: next.title })
                : t('start.action', { title: next.title })}
            </ButtonLink>
          </section>
        )
      )}
      <LazyAssignmentsPanel />
      {practiceDue && (
        <section className="practice-due" aria-labelledby="practice-due-heading">
          <h2 id="practice-due-heading">{t('practiceDue.heading')}</h2>
          <p>{t('practiceDue.body')}</p>
          <Link to={paths.practice()}>{t('practiceDue.action')}</Link>
        </section>
      )}
      <PathSection catalogue={catalogue} />
      <CoreSection modules={core} minutes={catalogue.core.minutes} progress={progress} />
      <TracksSection catalogue={catalogue} progress={progress} />
    </div>
  );
}
