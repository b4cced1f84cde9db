import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeading } from '@/components/ui/page-heading';
import { paths } from '@/lib/paths';
import { DilemmaList } from '@/features/trainer/dilemma-list';
import { LmsSignpost } from '@/features/trainer/lms-signpost';
import { TrainerNotice } from '@/features/trainer/trainer-notice';

/** For trainers: what they can do here, every dilemma to run in a meeting, and when to use an LMS. */
export default function TrainerPage() {
  const { t } = useTranslation('trainer');
  const tasks = [
    { key: 'assign', to: paths.assignmentBuilder() },
    { key: 'results', to: paths.trainerResults() },
    { key: 'guide', to: paths.trainerGuide() },
  ] as const;
  return (
    <div className="page trainer-page">
      <PageHeading>{t('title')}</PageHeading>
      <TrainerNotice />
      <p className="lead">{t('intro')}</p>
      <h2>{t('tasksHeading')}</h2>
      <ul className="trainer-tasks">
        {tasks.map((task) => (
          <li key={task.key} className="card trainer-task">
            <h3>
              <Link to={task.to}>{t(`tasks.${task.key}.title`)}</Link>
            </h3>
            <p>{t(`tasks.${task.key}.body`)}</p>
          </li>
        ))}
      </ul>
      <section aria-labelledby="meeting-heading">
        <h2 id="meeting-heading">{t('meeting.heading')}</h2>
        <p>{t('meeting.intro')}</p>
        <DilemmaList />
      </section>
      <LmsSignpost />
    </div>
  );
}
