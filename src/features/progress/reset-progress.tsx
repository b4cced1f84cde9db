import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '@/store/store';
import { Button } from '@/components/ui/button';

type Step = 'idle' | 'confirm' | 'done';

/** Deletes all progress on this device, only after a second, explicit yes. */
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
    if (step === 'done') done.current?.focus();
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
            {t('move.resetWarning')}
          </p>
          <div className="actions">
            <Button
              variant="danger"
              onClick={() => {
                resetAll();
                setStep('done');
              }}
            >
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
        <Button variant="secondary" ref={button} onClick={() => setStep('confirm')}>
          {t('move.reset')}
        </Button>
      )}
      {step === 'done' && (
        <p ref={done} tabIndex={-1} role="status" className="move-status move-status--done">
          {t('move.resetDone')}
        </p>
      )}
    </section>
  );
}
