import { useTranslation } from 'react-i18next';
import { useLanguage } from '@/hooks/use-language';
import { useProgress } from '@/hooks/use-progress';
import {
  type DecisionPoint,
  drawSession,
  isBestChoice,
  practicePool,
  SESSION_SIZE,
} from '@/domain/practice';
import { cryptoRandom } from '@/lib/random';
import { useAppStore } from '@/store/store';
import type { ScenarioChoice } from '@/types/content';
import { Button } from '@/components/ui/button';
import { PracticeDecision } from './practice-decision';
import { PracticeSummary } from './practice-summary';
import { usePracticeModules } from './use-practice-modules';

/**
 * A practice round: draws decision points from the started modules, one at a
 * time, then a summary. The round is saved as it goes (the store's
 * `practiceRound`, by decision keys so a language switch shows the same ones),
 * so a reload goes on at the same decision; each answer also goes into the
 * practice statistics at once.
 */
export function PracticeSession({ moduleIds }: { moduleIds: string[] }) {
  const { t } = useTranslation('practice');
  const modules = usePracticeModules(moduleIds, useLanguage());
  const progress = useProgress();
  const stats = useAppStore((s) => s.practice);
  const round = useAppStore((s) => s.practiceRound);
  const startRound = useAppStore((s) => s.startPracticeRound);
  const answer = useAppStore((s) => s.answerInPracticeRound);
  const next = useAppStore((s) => s.nextInPracticeRound);
  const pool = practicePool(modules, progress);

  if (pool.length === 0) return <p>{t('noDilemmas')}</p>;

  const start = () =>
    startRound((at) => drawSession(pool, stats, at, cryptoRandom).map((p) => p.key));

  const points = (round?.keys ?? [])
    .map((key) => pool.find((p) => p.key === key))
    .filter((p): p is DecisionPoint => p !== undefined);
  const key = round?.keys[round.index];
  const point = points.find((p) => p.key === key);

  // No round yet, or one whose current decision is no longer in the course (it was updated).
  if (!round || points.length === 0 || (key !== undefined && !point)) {
    return (
      <>
        <p>
          {t('pool', { count: pool.length })} {t('sessionSize', { count: SESSION_SIZE })}
        </p>
        <p>
          <Button variant="primary" onClick={start}>
            {t('start')}
          </Button>
        </p>
      </>
    );
  }

  if (!point) {
    const results = points.map((p) => {
      const choice = p.step.choices.find((c) => c.id === round.answers[p.key]);
      return { point: p, choice };
    });
    return <PracticeSummary key={round.startedAt} results={results} onAgain={start} />;
  }

  const choose = (choice: ScenarioChoice) =>
    answer(point.key, choice.id, isBestChoice(point.step, choice));

  return (
    <PracticeDecision
      key={`${round.startedAt}-${round.index}`}
      point={point}
      position={points.indexOf(point) + 1}
      total={points.length}
      chosenId={round.answers[point.key]}
      onChoose={choose}
      onNext={next}
    />
  );
}
