import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { STATE_BACKUP_DAYS } from '@/store/backups';
import type { BackupOutcome } from '@/store/data-slice';
import { useAppStore } from '@/store/store';
import { Confirm } from '@/components/ui/confirm';

/**
 * Deletes all progress on this device, only after a second, explicit yes; a
 * backup of it is kept first, and the learner is told whether it could be.
 */
export function ResetProgress() {
  const { t } = useTranslation('progress');
  const resetAll = useAppStore((s) => s.resetAll);
  const [outcome, setOutcome] = useState<BackupOutcome>();
  const done = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    if (outcome) done.current?.focus();
  }, [outcome]);

  return (
    <section aria-labelledby="reset-heading">
      <h3 id="reset-heading">{t('move.resetHeading')}</h3>
      <p>{t('move.resetHint')}</p>
      <Confirm
        action={t('move.reset')}
        question={
          <>
            <span aria-hidden="true">⚠ </span>
            {t('move.resetWarning', { days: STATE_BACKUP_DAYS })}
          </>
        }
        questionId="reset-warning"
        confirm={t('move.resetConfirm')}
        cancel={t('move.resetCancel')}
        confirmVariant="danger"
        onAsk={() => setOutcome(undefined)}
        onConfirm={() => setOutcome(resetAll())}
        className="notice notice--danger"
      />
      {outcome && (
        <p ref={done} tabIndex={-1} role="status" className="move-status move-status--done">
          {t('move.resetDone')}
          {outcome === 'kept' && <> {t('move.resetKept', { days: STATE_BACKUP_DAYS })}</>}
          {outcome === 'failed' && <> {t('move.resetNotKept')}</>}
        </p>
      )}
    </section>
  );
}
