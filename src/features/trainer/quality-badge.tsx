import { useTranslation } from 'react-i18next';
import type { Rating } from '@/types/content';

const icons: Record<Rating, string> = { good: '✓', acceptable: '~', poor: '✗' };

/** A choice's quality in words and a symbol, never by colour alone. */
export function QualityBadge({ quality }: { quality: Rating }) {
  const { t } = useTranslation('facilitation');
  return (
    <span className={`rating rating--${quality}`}>
      <span aria-hidden="true">{icons[quality]}</span> {t(`quality.${quality}`)}
    </span>
  );
}
