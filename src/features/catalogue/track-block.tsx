import { useTranslation } from 'react-i18next';
import type { useProgress } from '@/hooks/use-progress';
import { isPartPassed } from '@/domain/course-parts';
import { useEstimate } from '@/hooks/use-estimate';
import type { CourseTrack, ModuleSummary } from '@/types/content';
import { ModuleCard } from './module-card';

interface TrackBlockProps {
  track: CourseTrack;
  modules: ModuleSummary[];
  /** Whether the learner chose this track for their role. */
  yours: boolean;
  progress: ReturnType<typeof useProgress>;
}

/** One track on the start page: who it is for, its time and its modules. */
export function TrackBlock({ track, modules, yours, progress }: TrackBlockProps) {
  const { t } = useTranslation('catalogue');
  const estimate = useEstimate();
  const headingId = `track-${track.id}`;
  return (
    <section
      aria-labelledby={headingId}
      className={yours ? 'track track--yours' : 'track'}
      data-track={track.id}
    >
      <h3 id={headingId}>{track.title}</h3>
      {yours && (
        <p className="track__yours">
          <span aria-hidden="true">★ </span>
          {t('tracks.yours')}
        </p>
      )}
      <p className="track__role">{track.role}</p>
      <p>{track.summary}</p>
      <p className="muted">
        {t('tracks.facts', { count: modules.length, estimate: estimate(track.minutes) })}
      </p>
      {isPartPassed(track.modules, progress.quizzes) && (
        <p className="status status--passed">
          <span aria-hidden="true">✓ </span>
          {t('tracks.passed')}
        </p>
      )}
      <ol className="module-list">
        {modules.map((module, index) => (
          <li key={module.id}>
            <ModuleCard module={module} number={index + 1} progress={progress} headingLevel={4} />
          </li>
        ))}
      </ol>
    </section>
  );
}
