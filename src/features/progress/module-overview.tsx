import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { StatusBadge } from '@/components/ui/status-badge';
import { useLanguage } from '@/hooks/use-language';
import { formatPercent } from '@/lib/i18n';
import { paths } from '@/lib/paths';
import { bestScore, finishedAttempts, latestFinished } from '@/domain/attempts';
import { type ModuleStatus, moduleStatus } from '@/domain/module-status';
import { scenarioKey } from '@/domain/keys';
import type { PersistedState, QuizAttempt } from '@/store/schema';
import type { ModuleSummary } from '@/types/content';

type Progress = Pick<PersistedState, 'modules' | 'quizzes' | 'scenarios'>;

interface OverviewRow {
  module: ModuleSummary;
  status: ModuleStatus;
  lessons: string;
  attempts: number;
  best: string;
  latest: string;
  endings: string;
}

const columns = ['status', 'lessons', 'attempts', 'best', 'latest', 'endings'] as const;

/**
 * Every module's standing: a table on a wide screen, and on a narrow one the
 * same facts as a list, one module at a time, so nothing is cut off or has to
 * be scrolled sideways. CSS shows one of them; the other is `display: none`,
 * out of the accessibility tree too.
 */
export function ModuleOverview({
  modules,
  progress,
}: {
  modules: ModuleSummary[];
  progress: Progress;
}) {
  const { t } = useTranslation('progress');
  const language = useLanguage();
  const percent = (value: number | undefined) =>
    value === undefined ? t('none') : formatPercent(value, language);

  const latestCell = (latest: QuizAttempt | undefined) =>
    latest?.mode === 'wrong-only'
      ? t('latestPractice', { latest: percent(latest.score) })
      : percent(latest?.score);

  const rows: OverviewRow[] = modules.map((m) => {
    const attempts = progress.quizzes[m.id];
    const read =
      progress.modules[m.id]?.lessonsVisited.filter((id) => m.lessons.some((l) => l.id === id))
        .length ?? 0;
    const found = m.scenarios.reduce(
      (n, s) => n + (progress.scenarios[scenarioKey(m.id, s.id)]?.endingsFound.length ?? 0),
      0,
    );
    const endings = m.scenarios.reduce((n, s) => n + s.endings.length, 0);
    return {
      module: m,
      status: moduleStatus(m, progress),
      lessons: t('of', { n: read, total: m.lessons.length }),
      attempts: finishedAttempts(attempts).length,
      best: percent(bestScore(attempts)),
      latest: latestCell(latestFinished(attempts)),
      endings: t('of', { n: found, total: endings }),
    };
  });

  const cell = (row: OverviewRow, column: (typeof columns)[number]) =>
    column === 'status' ? <StatusBadge status={row.status} /> : row[column];

  return (
    <>
      <div className="table-wrap module-overview__table">
        <table>
          <caption className="visually-hidden">{t('caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('module')}</th>
              {columns.map((c) => (
                <th key={c} scope="col">
                  {t(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.module.id}>
                <th scope="row">
                  <Link to={paths.module(row.module.id)}>{row.module.title}</Link>
                </th>
                {columns.map((c) => (
                  <td key={c}>{cell(row, c)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ul className="module-overview__list" aria-label={t('caption')}>
        {rows.map((row) => (
          <li key={row.module.id}>
            <p className="module-overview__title">
              <Link to={paths.module(row.module.id)}>{row.module.title}</Link>
            </p>
            <dl>
              {columns.map((c) => (
                <div key={c}>
                  <dt>{t(c)}</dt>
                  <dd>{cell(row, c)}</dd>
                </div>
              ))}
            </dl>
          </li>
        ))}
      </ul>
    </>
  );
}
