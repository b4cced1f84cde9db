import { useState } from 'react';
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

interface Session {
  /** Counts sessions, so each one starts with fresh components. */
  run: number;
  /** The decision points drawn, by key; kept as keys so a language switch shows the same ones. */
  keys: string[];
  /** The choice made at each decision point answered so far. */
  answers: Record<string, string>;
  /** Where the learner is: an index into `keys`, or `keys.length` for the summary. */
  index: number;
}

/**
 * A practice session in component state: draws decision points from the
 * started modules, one at a time, then a summary. Each answer is saved to the
 * practice statistics at once; a reload starts a new session.
 */
export function PracticeSession({ moduleIds }: { moduleIds: string[] }) {
  const { t } = useTranslation('practice');
  const modules = usePracticeModules(moduleIds, useLanguage());
  const progress = useProgress();
  const stats = useAppStore((s) => s.practice);
  const recordDecision = useAppStore((s) => s.recordDecision);
  const [session, setSession] = useState<Session | null>(null);
  const pool = practicePool(modules, progress);

  if (pool.length === 0) return <p>{t('noDilemmas')}</p>;

  const start = () =>
    setSession((previous) => ({
      run: (previous?.run ?? 0) + 1,
      keys: drawSession(pool, stats, Date.now(), cryptoRandom).map((p) => p.key),
      answers: {},
      index: 0,
    }));

  if (!session) {
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

  const points = session.keys
    .map((key) => pool.find((p) => p.key === key))
    .filter((p): p is DecisionPoint => p !== undefined);
  const point = points[session.index];

  if (!point) {
    const results = points.map((p) => {
      const choice = p.step.choices.find((c) => c.id === session.answers[p.key]);
      return { point: p, choice };
    });
    return <PracticeSummary key={session.run} results={results} onAgain={start} />;
  }

  const choose = (choice: ScenarioChoice) => {
    if (session.answers[point.key]) return;
    recordDecision(point.key, isBestChoice(point.step, choice));
    setSession({ ...session, answers: { ...session.answers, [point.key]: choice.id } });
  };

  return (
    <PracticeDecision
      key={`${session.run}-${session.index}`}
      point={point}
      position={session.index + 1}
      total={points.length}
      chosenId={session.answers[point.key]}
      onChoose={choose}
      onNext={() => setSession({ ...session, index: session.index + 1 })}
    />
  );
}
