import { useTranslation } from 'react-i18next';
import type { RowFilter, SortBy } from './results';

interface ResultsFiltersProps {
  assignments: { id: string; title: string }[];
  filter: RowFilter;
  sortBy: SortBy;
  onFilter: (filter: RowFilter) => void;
  onSort: (sortBy: SortBy) => void;
}

/** Sort by name or date; show one assignment, or only those on time or late. */
export function ResultsFilters({
  assignments,
  filter,
  sortBy,
  onFilter,
  onSort,
}: ResultsFiltersProps) {
  const { t } = useTranslation('assignment');
  return (
    <fieldset className="results-filters">
      <legend>{t('results.filters.heading')}</legend>
      <div className="field">
        <label htmlFor="results-sort" className="field-label">
          {t('results.filters.sort')}
        </label>
        <select
          id="results-sort"
          className="select"
          value={sortBy}
          onChange={(e) => onSort(e.target.value as SortBy)}
        >
          <option value="name">{t('results.filters.sortName')}</option>
          <option value="date">{t('results.filters.sortDate')}</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor="results-assignment" className="field-label">
          {t('results.filters.assignment')}
        </label>
        <select
          id="results-assignment"
          className="select"
          value={filter.assignment}
          onChange={(e) => onFilter({ ...filter, assignment: e.target.value })}
        >
          <option value="all">{t('results.filters.allAssignments')}</option>
          {assignments.map((a) => (
            <option key={a.id} value={a.id}>
              {a.title}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="results-timeliness" className="field-label">
          {t('results.filters.status')}
        </label>
        <select
          id="results-timeliness"
          className="select"
          value={filter.timeliness}
          onChange={(e) =>
            onFilter({ ...filter, timeliness: e.target.value as RowFilter['timeliness'] })
          }
        >
          <option value="all">{t('results.filters.allStatuses')}</option>
          <option value="on-time">{t('results.status.on-time')}</option>
          <option value="late">{t('results.status.late')}</option>
        </select>
      </div>
    </fieldset>
  );
}
