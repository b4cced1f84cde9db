import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Sets the document title to "<page> – Mutkollen". */
export function usePageTitle(title: string) {
  const { t } = useTranslation('common');
  useEffect(() => {
    document.title = title ? `${title} – ${t('appName')}` : t('appName');
  }, [title, t]);
}
