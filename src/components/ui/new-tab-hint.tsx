import { useTranslation } from 'react-i18next';

/** Tells screen reader users that a link opens a new tab. */
export function NewTabHint() {
  const { t } = useTranslation('common');
  return <span className="visually-hidden"> ({t('opensInNewTab')})</span>;
}
