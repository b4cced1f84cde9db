import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportedItem, ImportRead } from './read-receipts';

export interface ImportOutcome {
  added: number;
  merged: number;
  failed: ImportedItem[];
  /** What the import looked at: files, codes, codes there twice. */
  read: ImportRead;
}

interface ImportReportProps {
  outcome: ImportOutcome | null;
  /** The summary takes focus after each import. */
  summaryRef: RefObject<HTMLParagraphElement | null>;
}

/**
 * What the last import did: "3 filer och 12 koder lästa: 14 kvitton, 1
 * problem", then each problem, naming the learner when the receipt could be
 * read that far and otherwise quoting the start of the code.
 */
export function ImportReport({ outcome, summaryRef }: ImportReportProps) {
  const { t } = useTranslation('assignment');

  const summary = (outcome: ImportOutcome) => {
    const { files, codes, duplicates, cut } = outcome.read;
    if (files === 0 && codes === 0) return t('results.summary.nothing');
    const parts = [
      files > 0 && t('results.summary.files', { count: files }),
      codes > 0 && t('results.summary.codes', { count: codes }),
    ].filter((part) => part !== false);
    const what =
      parts.length === 2
        ? t('results.summary.and', { first: parts[0], second: parts[1] })
        : parts[0];
    return [
      t('results.summary.result', {
        read: t('results.summary.read', { count: files + codes, what }),
        receipts: t('results.summary.receipts', { count: outcome.added + outcome.merged }),
        problems: t('results.summary.problems', { count: outcome.failed.length }),
      }),
      duplicates > 0 && t('results.summary.duplicates', { count: duplicates }),
      outcome.merged > 0 && t('results.summary.merged', { count: outcome.merged }),
      cut && t('results.summary.cut'),
    ]
      .filter(Boolean)
      .join(' ');
  };

  return (
    <>
      <p ref={summaryRef} tabIndex={-1} role="status" className="assignment-status import-summary">
        {outcome && summary(outcome)}
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
                <ProblemLine item={item} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

/** One refused receipt: whose it was, or how its code starts; where it was; and what is wrong. */
function ProblemLine({ item }: { item: ImportedItem }) {
  const { t } = useTranslation('assignment');
  if (item.result.ok) return null;
  const problem = t(`results.problem.${item.result.reason}`);
  const { file, line } = item;
  const where =
    file !== undefined && line !== undefined
      ? t('results.errors.fileLine', { file, line })
      : file !== undefined
        ? t('results.errors.file', { file })
        : line !== undefined
          ? t('results.errors.line', { line })
          : undefined;

  if (item.name !== undefined) {
    return where
      ? t('results.errors.namedAt', { name: item.name, where, problem })
      : t('results.errors.named', { name: item.name, problem });
  }
  if (item.start !== undefined) {
    return where
      ? t('results.errors.codeAt', { start: item.start, where, problem })
      : t('results.errors.code', { start: item.start, problem });
  }
  return file !== undefined
    ? t('results.errors.wholeFile', { file, problem })
    : t('results.errors.pasted', { problem });
}
