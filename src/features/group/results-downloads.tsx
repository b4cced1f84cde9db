import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { downloadText } from '@/lib/download-file';
import { localDate } from '@/lib/local-date';
import { flagDetail, type LearnerRow } from './learner-rows';
import type { ResultsCsvLabels } from './results-csv';

interface ResultsDownloadsProps {
  rows: readonly LearnerRow[];
  modules: readonly string[];
  moduleTitle: (id: string) => string;
}

/** The table as CSV: one row per learner (the default), or one row per learner and module. */
export function ResultsDownloads({ rows, modules, moduleTitle }: ResultsDownloadsProps) {
  const { t } = useTranslation('assignment');
  const labels: ResultsCsvLabels = {
    column: (c) => t(`group.csv.columns.${c}`),
    moduleColumn: (title, part) =>
      t(part === 'status' ? 'group.csv.moduleStatus' : 'group.csv.moduleScore', { title }),
    moduleTitle,
    moduleStatus: {
      passed: t('group.moduleStatus.passed'),
      started: t('group.moduleStatus.started'),
      'not-started': t('group.moduleStatus.not-started'),
    },
    status: {
      complete: t('group.status.complete'),
      started: t('group.status.started'),
      'not-started': t('group.status.not-started'),
      'no-receipt': t('group.status.no-receipt'),
    },
    timeliness: {
      'on-time': t('group.timeliness.on-time'),
      late: t('group.timeliness.late'),
      'no-due': t('group.timeliness.no-due'),
      check: t('group.timeliness.check'),
      open: t('group.timeliness.open'),
    },
    flag: (flag, row) => t(`group.flag.${flag}`, { detail: flagDetail(row, flag) }),
  };
  // The CSV writer loads on the first download, keeping it out of the page's first load.
  const download = async (format: 'wide' | 'long') => {
    const [{ toCsv }, { longCsvRows, wideCsvRows }] = await Promise.all([
      import('@/lib/csv'),
      import('./results-csv'),
    ]);
    const cells =
      format === 'wide' ? wideCsvRows(rows, modules, labels) : longCsvRows(rows, labels);
    const suffix = format === 'wide' ? '' : '-per-modul';
    downloadText(
      toCsv(cells),
      `mutkollen-resultat${suffix}-${localDate(Date.now())}.csv`,
      'text/csv;charset=utf-8',
    );
  };
  return (
    <div className="results-downloads">
      <div className="actions">
        <Button
          variant="primary"
          onClick={() => void download('wide')}
          disabled={rows.length === 0}
        >
          {t('group.csv.wide')}
        </Button>
        <Button
          variant="secondary"
          onClick={() => void download('long')}
          disabled={rows.length === 0}
        >
          {t('group.csv.long')}
        </Button>
      </div>
      <p className="field-hint">{t('group.csv.hint')}</p>
    </div>
  );
}
