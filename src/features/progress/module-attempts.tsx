import { useTranslation } from 'react-i18next';
import { useLanguage } from '@/hooks/use-language';
import { formatDate, formatPercent } from '@/lib/i18n';
import type { AttemptOutcome, AttemptHistory } from './attempt-history';
import { ScoreChart } from './score-chart';

const icons: Record<AttemptOutcome, string> = { passed: '✓', failed: '✗', practice: '↻' };

interface ModuleAttemptsProps {
  moduleId: string;
  moduleTitle: string;
  history: AttemptHistory;
}

/**
 * One module's quiz attempts, folded away under the module's name until the
 * learner opens them (twelve modules of charts made the page very long, above
 * all on a phone; the overview above already shows best and latest): best and
 * latest with their numbers, a chart, and the same numbers as a table.
 */
export function ModuleAttempts({ moduleId, moduleTitle, history }: ModuleAttemptsProps) {
  const { t } = useTranslation('progress');
  const language = useLanguage();
  const pct = (v: number) => formatPercent(v, language);
  const { rows, best, latest } = history;
  if (!latest) return null;
  const headingId = `attempts-${moduleId}`;

  return (
    <section aria-labelledby={headingId} className="module-attempts">
      <details>
        <summary>
          <span id={headingId} className="module-attempts__title">
            {moduleTitle}
          </span>{' '}
          <span className="module-attempts__count">
            {t('history.count', { count: rows.length })}
          </span>
        </summary>
        <p>
          {/* A practice round is named as one, so a best of 60 % beside a latest of 100 % reads as it is. */}
          {best
            ? t(
                latest.outcome === 'practice' ? 'history.bestLatestPractice' : 'history.bestLatest',
                {
                  best: pct(best.score),
                  bestNumber: best.number,
                  latest: pct(latest.score),
                  latestNumber: latest.number,
                },
              )
            : t(
                latest.outcome === 'practice' ? 'history.latestOnlyPractice' : 'history.latestOnly',
                {
                  latest: pct(latest.score),
                  latestNumber: latest.number,
                },
              )}
        </p>
        <div className="module-attempts__body">
          <ScoreChart moduleTitle={moduleTitle} rows={rows} />
          <div className="table-wrap">
            <table className="attempts-table">
              <caption className="visually-hidden">
                {t('history.caption', { module: moduleTitle })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('history.number')}</th>
                  <th scope="col">{t('history.date')}</th>
                  <th scope="col">{t('history.score')}</th>
                  <th scope="col">{t('history.outcome')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.number}>
                    <th scope="row">
                      {row.number}
                      {row.isBest && (
                        <>
                          {' '}
                          <span className="tag">{t('history.bestTag')}</span>
                        </>
                      )}
                      {row.isLatest && (
                        <>
                          {' '}
                          <span className="tag">{t('history.latestTag')}</span>
                        </>
                      )}
                    </th>
                    {/* The short month ("1 okt. 2026") keeps the table narrow enough for a phone. */}
                    <td>{formatDate(row.finishedAt, language, 'medium')}</td>
                    <td>{pct(row.score)}</td>
                    <td className={`outcome outcome--${row.outcome}`}>
                      <span aria-hidden="true">{icons[row.outcome]}</span>{' '}
                      {t(`history.${row.outcome}`)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      </details>
    </section>
  );
}
