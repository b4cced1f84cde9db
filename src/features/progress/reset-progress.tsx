import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Confirm } from '@/components/ui/confirm';
import { useAppStore } from '@/store/store';

/** Deletes all progress on this device, only after a second, explicit yes. */
export function ResetProgress() {
  const { t } = useTranslation('progress');
  const resetAll = useAppStore((s) => s.resetAll);
  const [done, setDone] = useState(false);
  const doneMessage = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    if (done) doneMessage.current?.focus();
  }, [done]);

  return (
    <section aria-labelledby="reset-heading">
      <h3 id="reset-heading">{t('move.resetHeading')}</h3>
      <p>{t('move.resetHint')}</p>
      <Confirm
        action={t('move.reset')}
        question={
          <>
            <span aria-hidden="true">⚠ </span>
            {t('move.resetWarning')}
          </>
        }
        questionId="reset-warning"
        confirm={t('move.resetConfirm')}
        cancel={t('move.resetCancel')}
        confirmVariant="danger"
        onAsk={() => setDone(false)}
        onConfirm={() => {
          resetAll();
          setDone(true);
        }}
        className="notice notice--danger"
      />
      {done && (
        <p ref={doneMessage} tabIndex={-1} role="status" className="move-status move-status--done">
          {t('move.resetDone')}
        </p>
      )}
    </section>
  );
}
