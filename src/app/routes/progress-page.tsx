import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeading } from '@/components/ui/page-heading';
import { StatusBadge } from '@/components/ui/status-badge';
import { useCatalogue } from '@/hooks/use-content';
import { useLanguage } from '@/hooks/use-language';
import { useProgress } from '@/hooks/use-progress';
import { formatPercent } from '@/lib/i18n';
import { paths } from '@/lib/paths';
import { bestScore, finishedAttempts, latestFinished } from '@/domain/attempts';
import { moduleStatus } from '@/domain/module-status';
import { scenarioKey } from '@/domain/keys';
import { CertificateLine } from '@/features/progress/certificate-line';
import { MoveProgress } from '@/features/progress/move-progress';
import { QuizHistory } from '@/features/progress/quiz-history';

export default function ProgressPage() {
  const { t } = useTranslation('progress');
  const language = useLanguage();
  const catalogue = useCatalogue();
  const progress = useProgress();
  const percent = (value: number | undefined) =>
    value === undefined ? t('none') : formatPercent(value, language);

  return (
    <div className="page">
      <PageHeading>{t('title')}</PageHeading>
      <p className="lead">{t('intro')}</p>
      <CertificateLine modules={catalogue.modules} quizzes={progress.quizzes} />
      <div className="table-wrap">
        <table>
          <caption className="visually-hidden">{t('caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('module')}</th>
              <th scope="col">{t('status')}</th>
              <th scope="col">{t('lessons')}</th>
              <th scope="col">{t('attempts')}</th>
              <th scope="col">{t('best')}</th>
              <th scope="col">{t('latest')}</th>
              <th scope="col">{t('endings')}</th>
            </tr>
          </thead>
          <tbody>
            {catalogue.modules.map((m) => {
              const attempts = progress.quizzes[m.id];
              const read = progress.modules[m.id]?.lessonsVisited.filter((id) =>
                m.lessons.some((l) => l.id === id),
              ).length;
              const endingsFound = m.scenarios.reduce(
                (n, s) =>
                  n + (progress.scenarios[scenarioKey(m.id, s.id)]?.endingsFound.length ?? 0),
                0,
              );
              const endingsTotal = m.scenarios.reduce((n, s) => n + s.endings.length, 0);
              return (
                <tr key={m.id}>
                  <th scope="row">
                    <Link to={paths.module(m.id)}>{m.title}</Link>
                  </th>
                  <td>
                    <StatusBadge status={moduleStatus(m, progress)} />
                  </td>
                  <td>{t('of', { n: read ?? 0, total: m.lessons.length })}</td>
                  <td>{finishedAttempts(attempts).length}</td>
                  <td>{percent(bestScore(attempts))}</td>
                  <td>{percent(latestFinished(attempts)?.score)}</td>
                  <td>{t('of', { n: endingsFound, total: endingsTotal })}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <QuizHistory modules={catalogue.modules} quizzes={progress.quizzes} />
      <MoveProgress />
    </div>
  );
}
