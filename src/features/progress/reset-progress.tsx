import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { STATE_BACKUP_DAYS } from '@/store/backups';
import type { BackupOutcome } from '@/store/data-slice';
import { useAppStore } from '@/store/store';
import { Button } from '@/components/ui/button';

type Step = 'idle' | 'confirm' | BackupOutcome;

/**
 * Deletes all progress on this device, only after a second, explicit yes; a
 * backup of it is kept first, and the learner is told whether it could be.
 */
export function ResetProgress() {
  const { t } = useTranslation('progress');
  const resetAll = useAppStore((s) => s.resetAll);
  const [step, setStep] = useState<Step>('idle');
  const warning = useRef<HTMLDivElement>(null);
  const done = useRef<HTMLParagraphElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const [returnFocus, setReturnFocus] = useState(false);

  useEffect(() => {
    if (step === 'confirm') warning.current?.focus();
    if (step === 'kept' || step === 'nothing' || step === 'failed') done.current?.focus();
    if (step === 'idle' && returnFocus) button.current?.focus();
  }, [step, returnFocus]);

  return (
    <section aria-labelledby="reset-heading">
      <h3 id="reset-heading">{t('move.resetHeading')}</h3>
      <p>{t('move.resetHint')}</p>
      {step === 'confirm' ? (
        <div
          ref={warning}
          tabIndex={-1}
          className="notice notice--danger"
          role="group"
          aria-labelledby="reset-warning"
        >
          <p id="reset-warning">
            <span aria-hidden="true">⚠ </span>
            {t('move.resetWarning', { days: STATE_BACKUP_DAYS })}
          </p>
          <div className="actions">
            <Button variant="danger" onClick={() => setStep(resetAll())}>
              {t('move.resetConfirm')}
            </Button>
            <Button
              variant="secondary"
              onClick={() => {
                setReturnFocus(true);
                setStep('idle');
              }}
            >
              {t('move.resetCancel')}
            </Button>
          </div>
        </div>
      ) : (
        <Button ref={button} variant="secondary" onClick={() => setStep('confirm')}>
          {t('move.reset')}
        </Button>
      )}
      {(step === 'kept' || step === 'nothing' || step === 'failed') && (
        <p ref={done} tabIndex={-1} role="status" className="move-status move-status--done">
          {t('move.resetDone')}
          {step === 'kept' && <> {t('move.resetKept', { days: STATE_BACKUP_DAYS })}</>}
          {step === 'failed' && <> {t('move.resetNotKept')}</>}
        </p>
      )}
    </section>
  );
}
