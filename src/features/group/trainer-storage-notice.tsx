import { useTranslation } from 'react-i18next';
import { useTrainerStorageStatus } from './trainer-status';

/** What the trainer must know about how their results are kept: full, blocked, unreadable, newer. */
export function TrainerStorageNotice() {
  const { t } = useTranslation('assignment');
  const { health, recovered, outdated } = useTrainerStorageStatus();
  const lines: string[] = [];
  if (outdated) lines.push(t('kept.storage.outdated'));
  if (recovered) {
    lines.push(t(recovered.keptPart ? 'kept.storage.recoveredPart' : 'kept.storage.recovered'));
    if (recovered.backupKey === null) lines.push(t('kept.storage.notKeptAside'));
  }
  if (health !== 'ok') lines.push(t(`kept.storage.${health}`));
  if (lines.length === 0) return null;
  return (
    <div className="notice" role="status">
      {lines.map((line) => (
        <p key={line}>
          <span aria-hidden="true">⚠ </span>
          {line}
        </p>
      ))}
    </div>
  );
}
