import { STATE_BACKUP_DAYS } from '@/store/backups';
import { useAppStore } from '@/store/store';
import { BackupList } from './backup-list';
import { DownloadSaved } from './download-saved';
import { useRecoveryText } from './recovery-text';
import { Confirm } from '@/components/ui/confirm';

/**
 * The way out on an error page, when the rest of the app may be broken: download
 * what is saved, bring back a backup, or delete everything and start again (a
 * backup is kept first). It needs no router and no loaded strings. After a
 * change, `onChanged` starts the app afresh (a reload by default).
 */
export function RecoveryPanel({ onChanged = () => location.reload() }: { onChanged?: () => void }) {
  const text = useRecoveryText();
  const reset = () => {
    useAppStore.getState().resetAll();
    onChanged();
  };

  return (
    <section aria-labelledby="recovery-heading" className="recovery">
      <h2 id="recovery-heading">{text('recovery.heading')}</h2>
      <p>{text('recovery.intro')}</p>
      <p>{text('recovery.downloadHint')}</p>
      <p className="actions">
        <DownloadSaved />
      </p>
      <BackupList headingLevel={3} onRestored={onChanged} />
      <Confirm
        action={text('recovery.reset')}
        actionClassName="actions"
        question={
          <>
            <span aria-hidden="true">⚠ </span>
            {text('recovery.resetWarning', { days: STATE_BACKUP_DAYS })}
          </>
        }
        questionId="recovery-reset-warning"
        confirm={text('recovery.resetConfirm')}
        cancel={text('recovery.resetCancel')}
        confirmVariant="danger"
        onConfirm={reset}
        className="notice notice--danger"
      />
    </section>
  );
}
