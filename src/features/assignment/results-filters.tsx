import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '@/components/ui/field';
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
      <FilterSelect
        id="results-sort"
        label={t('results.filters.sort')}
        value={sortBy}
        onChange={(value) => onSort(value as SortBy)}
      >
        <option value="name">{t('results.filters.sortName')}</option>
        <option value="date">{t('results.filters.sortDate')}</option>
      </FilterSelect>
      <FilterSelect
        id="results-assignment"
        label={t('results.filters.assignment')}
        value={filter.assignment}
        onChange={(assignment) => onFilter({ ...filter, assignment })}
      >
        <option value="all">{t('results.filters.allAssignments')}</option>
        {assignments.map((a) => (
          <option key={a.id} value={a.id}>
            {a.title}
          </option>
        ))}
      </FilterSelect>
      <FilterSelect
        id="results-timeliness"
        label={t('results.filters.status')}
        value={filter.timeliness}
        onChange={(value) => onFilter({ ...filter, timeliness: value as RowFilter['timeliness'] })}
      >
        <option value="all">{t('results.filters.allStatuses')}</option>
        <option value="on-time">{t('results.status.on-time')}</option>
        <option value="late">{t('results.status.late')}</option>
        <option value="unfinished">{t('results.status.unfinished')}</option>
      </FilterSelect>
    </fieldset>
  );
}

interface FilterSelectProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  children: ReactNode;
}

function FilterSelect({ id, label, value, onChange, children }: FilterSelectProps) {
  return (
    <Field id={id} label={label}>
      {(control) => (
        <select
          {...control}
          className="select"
          value={value}
          onChange={(e) => onChange(e.target.value)}
        >
          {children}
        </select>
      )}
    </Field>
  );
}
