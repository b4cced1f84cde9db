import { useTranslation } from 'react-i18next';
import type { Rating } from '@/types/content';

const icons: Record<Rating, string> = { good: '✓', acceptable: '~', poor: '✗' };

/** A dilemma ending's rating in words and a symbol, never by colour alone. */
export function RatingBadge({ rating }: { rating: Rating }) {
  const { t } = useTranslation('common');
  return (
    <span className={`rating rating--${rating}`}>
      <span aria-hidden="true">{icons[rating]}</span> {t(`rating.${rating}`)}
    </span>
  );
}
