import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeading } from '@/components/ui/page-heading';
import { Button } from '@/components/ui/button';
import { useCatalogue } from '@/hooks/use-content';
import { useLanguage } from '@/hooks/use-language';
import { toCsv } from '@/features/assignment/csv';
import { paths } from '@/lib/paths';
import { localDate } from '@/lib/local-date';
import { languageInfo } from '@/config/languages';
import { downloadText } from '@/lib/download-file';
import { type ImportOutcome, ImportReport } from '@/features/assignment/import-report';
import type { ImportBatch } from '@/features/assignment/read-receipts';
import { ReceiptImport } from '@/features/assignment/receipt-import';
import {
  addReceipts,
  assignmentsOf,
  csvRows,
  type ResultRow,
  type RowFilter,
  type SortBy,
  visibleRows,
} from '@/features/assignment/results';
import { ResultsFilters } from '@/features/assignment/results-filters';
import { ResultsTable } from '@/features/assignment/results-table';

const COLUMNS = [
  'name',
  'assignment',
  'organisation',
  'assignmentId',
  'due',
  'completed',
  'status',
  'module',
  'score',
  'passedOn',
  'passMark',
  'courseVersion',
  'check',
] as const;

/**
 * For trainers: import learners' receipts (files or pasted codes), see who
 * is done and whether on time, and download the table as CSV. Nothing leaves
 * the browser.
 */
export default function ResultsPage() {
  const { t } = useTranslation('assignment');
  const language = useLanguage();
  const catalogue = useCatalogue();
  // Rows and the last import's outcome change together, from the latest rows, so a second
  // import that finishes before the first is never overwritten by it.
  const [{ rows, outcome }, setImported] = useState<{
    rows: ResultRow[];
    outcome: ImportOutcome | null;
  }>({ rows: [], outcome: null });
  const [imports, setImports] = useState(0);
  const [filter, setFilter] = useState<RowFilter>({ assignment: 'all', timeliness: 'all' });
  const [sortBy, setSortBy] = useState<SortBy>('name');
  const summary = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    if (imports > 0) summary.current?.focus();
  }, [imports]);

  const moduleTitle = (id: string) => catalogue.modules.find((m) => m.id === id)?.title ?? id;

  const take = ({ items, read }: ImportBatch) => {
    const good = items.flatMap((item) =>
      item.result.ok ? [{ receipt: item.result.receipt, check: item.result.check }] : [],
    );
    setImported((current) => {
      const next = addReceipts(current.rows, good);
      return {
        rows: next.rows,
        outcome: {
          added: next.added,
          merged: next.merged,
          failed: items.filter((item) => !item.result.ok),
          read,
        },
      };
    });
    setImports((n) => n + 1);
  };

  const shown = visibleRows(rows, filter, sortBy, languageInfo(language).locale);

  const downloadCsv = () => {
    const csv = toCsv(
      csvRows(shown, {
        columns: COLUMNS.map((c) => t(`results.csvColumns.${c}`)),
        timeliness: {
          'on-time': t('results.status.on-time'),
          late: t('results.status.late'),
          'no-due': t('results.status.no-due'),
          unfinished: t('results.status.unfinished'),
        },
        moduleTitle,
      }),
    );
    downloadText(csv, `mutkollen-results-${localDate(Date.now())}.csv`, 'text/csv;charset=utf-8');
  };

  return (
    <div className="page assignment-results">
      <PageHeading>{t('results.title')}</PageHeading>
      <p className="lead">{t('results.intro')}</p>
      <p className="assignment-privacy">{t('results.privacy')}</p>
      <p>
        <Link to={paths.assignmentBuilder()}>{t('results.builderLink')}</Link>
      </p>
      <ReceiptImport onRead={take} />
      <ImportReport outcome={outcome} summaryRef={summary} />
      {rows.length === 0 ? (
        <p className="muted">{t('results.empty')}</p>
      ) : (
        <section aria-labelledby="results-heading">
          <h2 id="results-heading">{t('results.rowsHeading')}</h2>
          <ResultsFilters
            assignments={assignmentsOf(rows)}
            filter={filter}
            sortBy={sortBy}
            onFilter={setFilter}
            onSort={setSortBy}
          />
          {shown.length === 0 ? (
            <p>{t('results.noMatch')}</p>
          ) : (
            <ResultsTable rows={shown} moduleTitle={moduleTitle} />
          )}
          <div className="actions results-actions">
            <Button variant="primary" onClick={downloadCsv} disabled={shown.length === 0}>
              {t('results.csv')}
            </Button>
            <Button
              variant="secondary"
              onClick={() => {
                setImported({ rows: [], outcome: null });
                document.getElementById('receipt-files')?.focus();
              }}
            >
              {t('results.clear')}
            </Button>
          </div>
          <p className="muted">{t('results.csvHint')}</p>
        </section>
      )}
      <p className="muted">{t('results.checksum')}</p>
    </div>
  );
}
