import { Fragment, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IdentifierKind } from '@/domain/identifier';
import { MODULE_STATUS_MARK } from '@/features/assignment/module-status-mark';
import { useLanguage } from '@/hooks/use-language';
import { formatDate, formatPercent } from '@/lib/i18n';
import {
  flagDetail,
  type GroupCounts,
  type LearnerRow,
  type ModuleCell,
  searchRows,
  type Timeliness,
  timelinessOf,
} from './learner-rows';

/** Signs beside the words, never instead of them. */
const TIMELINESS_MARK: Record<Timeliness, string> = {
  'on-time': '✓',
  late: '⚠',
  'no-due': '✓',
  check: '⚠',
  open: '',
};

interface LearnerTableProps {
  rows: readonly LearnerRow[];
  counts: GroupCounts;
  /** The assignment's modules, in order: one column each. */
  modules: readonly string[];
  moduleTitle: (id: string) => string;
  /** The assignment's identifier; no identifier column without one. */
  identifiedBy?: IdentifierKind;
}

/**
 * The group at a glance: "18 av 25 klara" over one compact row per learner
 * (name, identifier, a column per module, status, date, in time), with a
 * search, and the plain statement of what a receipt proves at the top.
 */
export function LearnerTable({
  rows,
  counts,
  modules,
  moduleTitle,
  identifiedBy,
}: LearnerTableProps) {
  const { t } = useTranslation('assignment');
  const language = useLanguage();
  const [query, setQuery] = useState('');
  const searchId = useId();
  const shown = searchRows(rows, query);
  const caption = t('group.table.caption', { done: counts.done, of: counts.of });

  return (
    <section aria-labelledby="learner-table-heading" className="learner-table">
      <h2 id="learner-table-heading">{t('group.table.heading')}</h2>
      <p className="notice learner-table__honest">
        <span aria-hidden="true">ⓘ </span>
        {t('group.honest')}
      </p>
      <div className="field learner-table__search">
        <label htmlFor={searchId} className="field-label">
          {t('group.table.search')}
        </label>
        <input
          id={searchId}
          type="search"
          className="text-input"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
      </div>
      {query.trim() !== '' && (
        <p role="status">{t('group.table.shown', { shown: shown.length, total: rows.length })}</p>
      )}
      {/* A narrow screen scrolls the table sideways; the region takes focus so keys scroll it too. */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex */}
      <div className="table-wrap" role="region" aria-label={caption} tabIndex={0}>
        <table className="learner-table__table">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('group.table.name')}</th>
              {identifiedBy && <th scope="col">{t(`group.table.identifier.${identifiedBy}`)}</th>}
              {modules.map((id) => (
                <th scope="col" key={id}>
                  {moduleTitle(id)}
                </th>
              ))}
              <th scope="col">{t('group.table.status')}</th>
              <th scope="col">{t('group.table.completed')}</th>
              <th scope="col">{t('group.table.timeliness')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => (
              <tr
                key={row.key}
                className={row.flags.length > 0 ? 'learner-row--flagged' : undefined}
              >
                <th scope="row">{row.name}</th>
                {identifiedBy && (
                  <td className="learner-row__id">
                    {row.identifier === undefined ? '–' : <Breakable text={row.identifier} />}
                  </td>
                )}
                {modules.map((id, index) => (
                  <td key={id}>
                    <ModuleStatusCell cell={row.modules[index]} language={language} />
                  </td>
                ))}
                <td>
                  {t(`group.status.${row.status}`)}
                  {row.older > 0 && (
                    <span className="learner-row__note">
                      {' '}
                      {t('group.table.olderReceipts', { count: row.older })}
                    </span>
                  )}
                  {row.flags.length > 0 && (
                    <ul className="learner-row__flags">
                      {row.flags.map((flag) => (
                        <li key={flag}>
                          <span aria-hidden="true">⚠ </span>
                          {t(`group.flag.${flag}`, { detail: flagDetail(row, flag) })}
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
                <td>{row.completedOn ? formatDate(row.completedOn, language, 'medium') : '–'}</td>
                <td className={`timeliness timeliness--${timelinessOf(row)}`}>
                  <TimelinessText timeliness={timelinessOf(row)} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {shown.length === 0 && <p>{t('group.table.noMatch')}</p>}
    </section>
  );
}

function TimelinessText({ timeliness }: { timeliness: Timeliness }) {
  const { t } = useTranslation('assignment');
  const mark = TIMELINESS_MARK[timeliness];
  return (
    <>
      {mark && <span aria-hidden="true">{mark} </span>}
      {t(`group.timeliness.${timeliness}`)}
    </>
  );
}

/** A module's cell: a sign and the word, with the score and date when passed; a dash without a receipt. */
function ModuleStatusCell({
  cell,
  language,
}: {
  cell: ModuleCell | undefined;
  language: ReturnType<typeof useLanguage>;
}) {
  const { t } = useTranslation('assignment');
  if (!cell) {
    return (
      <>
        <span aria-hidden="true">–</span>
        <span className="visually-hidden">{t('group.table.noReceipt')}</span>
      </>
    );
  }
  const mark = cell.belowPassMark ? '⚠' : MODULE_STATUS_MARK[cell.status];
  if (cell.status !== 'passed') {
    return (
      <>
        <span aria-hidden="true">{mark} </span>
        {t(`group.moduleStatus.${cell.status}`)}
      </>
    );
  }
  return (
    <>
      <span aria-hidden="true">{mark} </span>
      {cell.score === undefined
        ? t('group.table.passedNoScore')
        : t('group.table.passed', { percent: formatPercent(cell.score, language) })}
      {cell.passedOn && (
        <span className="learner-row__date">
          {' '}
          {t('group.table.passedOn', { date: formatDate(cell.passedOn, language, 'medium') })}
        </span>
      )}
    </>
  );
}

/** An e-mail address that may break after its "@" and dots, never inside a word. */
function Breakable({ text }: { text: string }) {
  const parts = text.split(/(?<=[@.])/);
  return parts.map((part, i) => (
    <Fragment key={i}>
      {part}
      {i < parts.length - 1 && <wbr />}
    </Fragment>
  ));
}
