import { useTranslation } from 'react-i18next';
import { shownMinutes } from '@/lib/estimate';

/**
 * The one formatter for time estimates: "ungefär 35 minuter" inside a sentence,
 * "Ungefär 35 minuter" when it stands alone. Rounded by `shownMinutes`.
 */
export function useEstimate() {
  const { t } = useTranslation('common');
  return (minutes: number, position: 'inline' | 'alone' = 'inline') =>
    position === 'alone'
      ? t('estimate.alone', { count: shownMinutes(minutes) })
      : t('estimate.inline', { count: shownMinutes(minutes) });
}
