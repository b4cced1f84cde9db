import { useEffect, useRef, useState } from 'react';
import { useLanguage } from '@/hooks/use-language';
import { downloadText } from '@/lib/download-file';
import { formatDateTime } from '@/lib/i18n';
import { localDate } from '@/lib/local-date';
import { type BackupInfo, STATE_BACKUP_DAYS } from '@/store/backups';
import type { RestoreOutcome } from '@/store/data-slice';
import { useAppStore } from '@/store/store';
import { type RecoveryKey, useRecoveryText } from './recovery-text';
import { Button } from '@/components/ui/button';

type Said = RestoreOutcome | 'removed' | 'notRemoved';

interface BackupListProps {
  /** The level of the list's heading, for where it sits on the page. */
  headingLevel: 2 | 3;
  /** Called after a backup was brought back (the error page reloads then). */
  onRestored?: () => void;
}

/**
 * The backups on this device (the `mutkollen:backup:*` keys), newest first:
 * each can be brought back (all but a damaged one, which is not JSON at all),
 * downloaded as a file, or removed.
 */
export function BackupList({ headingLevel, onRestored }: BackupListProps) {
  const text = useRecoveryText();
  const language = useLanguage();
  // Rendered again, and the list read again, when this page or another tab changes the backups.
  useAppStore((s) => s.backupsChanged);
  const backups = useAppStore.getState().listBackups();
  const [said, setSaid] = useState<Said | null>(null);
  const status = useRef<HTMLParagraphElement>(null);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';

  useEffect(() => {
    if (said) status.current?.focus();
  }, [said]);

  const name = (b: BackupInfo) =>
    `${text(`recovery.reason.${b.reason}` as RecoveryKey)}, ${formatDateTime(b.savedAt, language)}`;

  const restore = (b: BackupInfo) => {
    const outcome = useAppStore.getState().restoreBackup(b.key);
    setSaid(outcome);
    if (outcome === 'restored' || outcome === 'partly') onRestored?.();
  };
  const download = (b: BackupInfo) => {
    const saved = useAppStore.getState().readBackup(b.key);
    if (saved === null) return setSaid('missing');
    const day = localDate(b.savedAt);
    downloadText(saved, `mutkollen-backup-${b.reason}-${day}.json`, 'application/json');
  };
  const remove = (b: BackupInfo) =>
    setSaid(useAppStore.getState().removeBackup(b.key) ? 'removed' : 'notRemoved');

  return (
    <section aria-labelledby="backups-heading" className="backups">
      <Heading id="backups-heading">{text('recovery.backupsHeading')}</Heading>
      <p>{text('recovery.backupsIntro', { days: STATE_BACKUP_DAYS })}</p>
      {backups.length === 0 ? (
        <p>{text('recovery.noBackups')}</p>
      ) : (
        <ul className="backups__list">
          {backups.map((b) => {
            // Each button says which copy it acts on, for those who hear it out of its row.
            const hidden = (
              <>
                {' '}
                <span className="visually-hidden">
                  {text('recovery.copyOf', { name: name(b) })}
                </span>
              </>
            );
            return (
              <li key={b.key} className="backups__item">
                <span className="backups__name">{name(b)}</span>
                <span className="actions">
                  {b.reason !== 'corrupt' ? (
                    <Button onClick={() => restore(b)}>
                      {text('recovery.restore')}
                      {hidden}
                    </Button>
                  ) : null}
                  <Button variant="secondary" onClick={() => download(b)}>
                    {text('recovery.downloadCopy')}
                    {hidden}
                  </Button>
                  <Button variant="secondary" onClick={() => remove(b)}>
                    {text('recovery.remove')}
                    {hidden}
                  </Button>
                </span>
              </li>
            );
          })}
        </ul>
      )}
      <p ref={status} tabIndex={-1} role="status" className="move-status">
        {said && text(`recovery.${said}` as RecoveryKey)}
      </p>
    </section>
  );
}
