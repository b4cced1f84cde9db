import { useEffect, useRef, useState } from 'react';
import { STATE_BACKUP_DAYS } from '@/store/backups';
import { useAppStore } from '@/store/store';
import { BackupList } from './backup-list';
import { DownloadSaved } from './download-saved';
import { useRecoveryText } from './recovery-text';
import { Button } from '@/components/ui/button';

/**
 * The way out on an error page, when the rest of the app may be broken: download
 * what is saved, bring back a backup, or delete everything and start again (a
 * backup is kept first). It needs no router and no loaded strings. After a
 * change, `onChanged` starts the app afresh (a reload by default).
 */
export function RecoveryPanel({ onChanged = () => location.reload() }: { onChanged?: () => void }) {
  const text = useRecoveryText();
  const [confirming, setConfirming] = useState(false);
  const warning = useRef<HTMLDivElement>(null);
  const resetButton = useRef<HTMLButtonElement>(null);
  const [returnFocus, setReturnFocus] = useState(false);

  useEffect(() => {
    if (confirming) warning.current?.focus();
    else if (returnFocus) resetButton.current?.focus();
  }, [confirming, returnFocus]);

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
      {confirming ? (
        <div
          ref={warning}
          tabIndex={-1}
          className="notice notice--danger"
          role="group"
          aria-labelledby="recovery-reset-warning"
        >
          <p id="recovery-reset-warning">
            <span aria-hidden="true">⚠ </span>
            {text('recovery.resetWarning', { days: STATE_BACKUP_DAYS })}
          </p>
          <div className="actions">
            <Button variant="danger" onClick={reset}>
              {text('recovery.resetConfirm')}
            </Button>
            <Button
              variant="secondary"
              onClick={() => {
                setReturnFocus(true);
                setConfirming(false);
              }}
            >
              {text('recovery.resetCancel')}
            </Button>
          </div>
        </div>
      ) : (
        <p>
          <Button ref={resetButton} variant="secondary" onClick={() => setConfirming(true)}>
            {text('recovery.reset')}
          </Button>
        </p>
      )}
    </section>
  );
}
