import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportedItem } from './read-receipts';

export interface ImportOutcome {
  added: number;
  merged: number;
  failed: ImportedItem[];
}

interface ImportReportProps {
  outcome: ImportOutcome | null;
  /** The summary takes focus after each import. */
  summaryRef: RefObject<HTMLParagraphElement | null>;
}

/** What the last import did: how many receipts came in, and each one refused, with where and why. */
export function ImportReport({ outcome, summaryRef }: ImportReportProps) {
  const { t } = useTranslation('assignment');

  const where = (item: ImportedItem, problem: string) => {
    if (item.file !== undefined && item.line !== undefined) {
      return t('results.errors.fileLine', { name: item.file, line: item.line, problem });
    }
    if (item.file !== undefined) return t('results.errors.file', { name: item.file, problem });
    return t('results.errors.line', { line: item.line ?? 1, problem });
  };

  return (
    <>
      <p ref={summaryRef} tabIndex={-1} role="status" className="assignment-status import-summary">
        {outcome &&
          [
            t('results.summary.added', { count: outcome.added }),
            outcome.failed.length > 0 &&
              t('results.summary.rejected', { count: outcome.failed.length }),
            outcome.merged > 0 && t('results.summary.merged', { count: outcome.merged }),
          ]
            .filter(Boolean)
            .join(' ')}
      </p>
      {outcome && outcome.failed.length > 0 && (
        <section
          className="notice notice--problem import-errors"
          aria-labelledby="import-errors-heading"
        >
          <h3 id="import-errors-heading">
            <span aria-hidden="true">⚠ </span>
            {t('results.errors.heading')}
          </h3>
          <ul>
            {outcome.failed.map((item, index) => (
              <li key={index}>
                {where(item, item.result.ok ? '' : t(`results.problem.${item.result.reason}`))}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
