import { useTranslation } from 'react-i18next';
import type { ImportChanges } from './import-preview';

const counted = ['newAttempts', 'updatedAttempts', 'pagesRead', 'endings', 'assignments'] as const;

/** What an import would add, one line per kind of change. */
export function ImportSummary({ changes }: { changes: ImportChanges }) {
  const { t } = useTranslation('progress');
  const lines = counted
    .filter((key) => changes[key] > 0)
    .map((key) => t(`move.${key}`, { count: changes[key] }));
  if (changes.settings) lines.push(t('move.settings'));
  if (lines.length === 0) lines.push(t('move.other'));
  return (
    <ul>
      {lines.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  );
}
