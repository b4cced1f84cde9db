import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { AssignmentsPanelSlot } from '@/components/assignments-panel-slot';
import { PageHeading } from '@/components/ui/page-heading';
import { useCatalogue } from '@/hooks/use-content';
import { useProgress } from '@/hooks/use-progress';
import { paths } from '@/lib/paths';
import { catalogueDuePool, isPracticeDue } from '@/domain/practice';
import { continueModule, moduleStatus, resumeHref } from '@/domain/module-status';
import { useAppStore } from '@/store/store';
import { ModuleCard } from './module-card';

export default function CataloguePage() {
  const { t } = useTranslation('catalogue');
  const catalogue = useCatalogue();
  const progress = useProgress();
  const next = continueModule(catalogue.modules, progress);
  const totalMinutes = catalogue.modules.reduce((sum, m) => sum + m.minutes, 0);
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
      <p className="lead">{catalogue.course.intro}</p>
      <p>{t('overview', { count: catalogue.modules.length, minutes: totalMinutes })}</p>
      {next && (
        <section className="continue" aria-labelledby="continue-heading">
          <h2 id="continue-heading">
            {moduleStatus(next, progress) === 'in-progress'
              ? t('continue.heading')
              : t('start.heading')}
          </h2>
          <p>{next.title}</p>
          <Link className="button button--primary" to={resumeHref(next, progress)}>
            {moduleStatus(next, progress) === 'in-progress'
              ? t('continue.action', { title: next.title })
              : t('start.action', { title: next.title })}
          </Link>
        </section>
      )}
      <AssignmentsPanelSlot />
      {practiceDue && (
        <section className="practice-due" aria-labelledby="practice-due-heading">
          <h2 id="practice-due-heading">{t('practiceDue.heading')}</h2>
          <p>{t('practiceDue.body')}</p>
          <Link to={paths.practice()}>{t('practiceDue.action')}</Link>
        </section>
      )}
      <h2>{t('modulesHeading')}</h2>
      <ol className="module-list">
        {catalogue.modules.map((module, index) => (
          <li key={module.id}>
            <ModuleCard module={module} number={index + 1} progress={progress} />
          </li>
        ))}
      </ol>
    </div>
  );
}
