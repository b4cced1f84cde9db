import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { EmployerInfo } from '@/components/ui/employer-info';
import { PageHeading } from '@/components/ui/page-heading';
import { RichText } from '@/components/ui/rich-text';
import { ButtonLink } from '@/components/ui/button-link';
import { useModuleContent } from '@/hooks/use-content';
import { useModuleSummary } from '@/hooks/use-module-summary';
import { UnknownModuleError } from '@/lib/content';
import { paths } from '@/lib/paths';
import { useAppStore } from '@/store/store';
import { LessonSources } from '@/features/lesson/lesson-sources';
import { ReadAloud } from '@/features/read-aloud/read-aloud';
import { useKeepPlaceOnLanguageSwitch } from '@/features/lesson/use-keep-place';

export default function LessonPage() {
  const { t } = useTranslation('lesson');
  const { lessonId = '' } = useParams();
  const summary = useModuleSummary();
  const module = useModuleContent(summary.id);
  const visitLesson = useAppStore((s) => s.visitLesson);
  const readRegion = useRef<HTMLDivElement>(null);
  const index = module.lessons.findIndex((l) => l.id === lessonId);
  const lesson = module.lessons[index];
  const page = useRef<HTMLDivElement>(null);
  useKeepPlaceOnLanguageSwitch(page, lesson);

  useEffect(() => {
    if (lesson) visitLesson(module.id, lesson.id);
  }, [module.id, lesson, visitLesson]);

  if (!lesson) throw new UnknownModuleError(`${summary.id}/${lessonId}`);
  const previous = module.lessons[index - 1];
  const next = module.lessons[index + 1];

  return (
    <div className="page page--reading" ref={page}>
      <nav aria-label={t('breadcrumb')} className="breadcrumb">
        <Link to={paths.module(module.id)}>{module.title}</Link>
      </nav>
      <p className="page-progress">
        {t('pageOf', { current: index + 1, total: module.lessons.length })}
      </p>
      <progress
        className="page-progress__bar"
        max={module.lessons.length}
        value={index + 1}
        aria-label={t('pageOf', { current: index + 1, total: module.lessons.length })}
      />
      <PageHeading title={`${lesson.title} – ${module.title}`}>{lesson.title}</PageHeading>
      <ReadAloud region={readRegion} />
      <div ref={readRegion}>
        <div className="prose">
          <RichText value={lesson.body} />
        </div>
        <aside className="key-point" aria-labelledby="key-point-heading">
          <h2 id="key-point-heading">{t('keyPoint')}</h2>
          <p>{lesson.keyPoint}</p>
        </aside>
      </div>
      {lesson.employer && <EmployerInfo />}
      <LessonSources sourceIds={lesson.sources} />
      <nav aria-label={t('pager')} className="pager">
        {previous ? (
          <ButtonLink variant="secondary" to={paths.lesson(module.id, previous.id)}>
            <span aria-hidden="true" className="arrow">
              ←{' '}
            </span>
            {t('previous')}
          </ButtonLink>
        ) : (
          <span />
        )}
        {next ? (
          <ButtonLink variant="primary" to={paths.lesson(module.id, next.id)}>
            {t('next')}
            <span aria-hidden="true" className="arrow">
              {' '}
              →
            </span>
          </ButtonLink>
        ) : (
          <ButtonLink variant="primary" to={paths.quiz(module.id)}>
            {t('toQuiz')}
            <span aria-hidden="true" className="arrow">
              {' '}
              →
            </span>
          </ButtonLink>
        )}
      </nav>
    </div>
  );
}
