import { useTranslation } from 'react-i18next';

/** The facilitator's keys, in one short line. */
export function KeyHelp() {
  const { t } = useTranslation('facilitation');
  return (
    <p className="fac-keys">
      <strong>{t('keys.label')}</strong> <kbd>←</kbd> {t('keys.back')} · <kbd>→</kbd>{' '}
      {t('keys.next')} · <kbd>{t('keys.space')}</kbd> {t('keys.reveal')} · <kbd>Esc</kbd>{' '}
      {t('keys.escape')}. {t('keys.page')} {t('keys.typing')}
    </p>
  );
}
