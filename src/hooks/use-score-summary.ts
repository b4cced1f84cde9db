import { useTranslation } from 'react-i18next';
import { bestScore, latestFinished } from '@/domain/attempts';
import { formatPercent } from '@/lib/i18n';
import type { QuizAttempt } from '@/store/schema';
import { useLanguage } from './use-language';

/**
 * The one formatter for a module's best and latest score. Only full quizzes count towards the
 * best; a latest practice round (wrong answers only) is named as one and said not to count, so
 * "Bästa resultat: 60 %. Senaste övningsomgång: 100 % (räknas inte)" never reads as a contradiction.
 * Undefined before any finished attempt.
 */
export function useScoreSummary() {
  const { t } = useTranslation('common');
  const language = useLanguage();
  return (attempts: QuizAttempt[] | undefined): string | undefined => {
    const latest = latestFinished(attempts);
    if (!latest) return undefined;
    const best = bestScore(attempts);
    const pct = (v: number) => formatPercent(v, language);
    const latestScore = pct(latest.score ?? 0);
    if (best === undefined) return t('scores.practiceOnly', { latest: latestScore });
    if (latest.mode === 'wrong-only') {
      return t('scores.bestPractice', { best: pct(best), latest: latestScore });
    }
    return latest.score === best
      ? t('scores.best', { best: pct(best) })
      : t('scores.bestLatest', { best: pct(best), latest: latestScore });
  };
}
