import { useTranslation } from 'react-i18next';
import { useLanguage } from '@/hooks/use-language';
import { formatDate, formatPercent } from '@/lib/i18n';
import type { ResultRow, Timeliness } from './results';

const marks: Record<Timeliness, string> = {
  'on-time': '✓',
  late: '⚠',
  'no-due': '–',
  unfinished: '…',
};

interface ResultsTableProps {
  rows: ResultRow[];
  moduleTitle: (id: string) => string;
}

/** One row per learner and assignment: modules with scores and dates, completion, on time or late. */
export function ResultsTable({ rows, moduleTitle }: ResultsTableProps) {
  const { t } = useTranslation('assignment');
  const language = useLanguage();
  const caption = t('results.table.caption', { count: rows.length });
  return (
    // A narrow screen scrolls the table sideways; the region can take focus so keys scroll it too.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <div className="table-wrap" role="region" aria-label={caption} tabIndex={0}>
      <table className="results-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('results.table.name')}</th>
            <th scope="col">{t('results.table.assignment')}</th>
            <th scope="col">{t('results.table.modules')}</th>
            <th scope="col">{t('results.table.completed')}</th>
            <th scope="col">{t('results.table.due')}</th>
            <th scope="col">{t('results.table.status')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ key, receipt, timeliness }) => (
            <tr key={key}>
              <th scope="row">{receipt.name}</th>
              <td>
                {receipt.assignment.title}
                {receipt.assignment.organisation && (
                  <span className="muted"> ({receipt.assignment.organisation})</span>
                )}
              </td>
              <td>
                <ul className="results-table__modules">
                  {receipt.modules.map((m) => (
                    <li key={m.id}>
                      {m.status === 'passed'
                        ? t('results.table.moduleLine', {
                            title: moduleTitle(m.id),
                            percent: formatPercent(m.score ?? 0, language),
                            date: formatDate(m.passedOn ?? '', language),
                          })
                        : t(`results.table.module-${m.status}`, { title: moduleTitle(m.id) })}
                    </li>
                  ))}
                </ul>
              </td>
              <td>
                {receipt.completedOn
                  ? formatDate(receipt.completedOn, language)
                  : t('results.status.unfinished')}
              </td>
              <td>
                {receipt.assignment.due
                  ? formatDate(receipt.assignment.due, language)
                  : t('results.status.no-due')}
              </td>
              <td className={`timeliness timeliness--${timeliness}`}>
                <span aria-hidden="true">{marks[timeliness]} </span>
                {t(`results.status.${timeliness}`)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
