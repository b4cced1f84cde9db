/**
 * Practice mode's rules: which decision points of the dilemmas a learner can
 * practise, how likely each one is to be drawn, and when practice is due.
 * Pure: the caller passes the time and the source of randomness.
 */
import type { PersistedState, PracticeStat } from '@/store/schema';
import type {
  ModuleContent,
  ModuleSummary,
  Rating,
  Scenario,
  ScenarioChoice,
  ScenarioStep,
} from '@/types/content';
import type { Random } from '@/lib/random';
import { decisionKey, scenarioKey } from './keys';
import { isModuleStarted } from './module-status';

/** Decision points in one practice session (fewer when the pool is smaller). */
export const SESSION_SIZE = 5;
/** A decision point not seen for this many days is due again. */
export const DUE_AFTER_DAYS = 7;

const DAY = 24 * 60 * 60 * 1000;
/** Past this, a decision point counts as "long ago"; never seen counts the same. */
const STALE_CAP_DAYS = 28;

type Progress = Pick<PersistedState, 'modules' | 'quizzes' | 'scenarios'>;
type Stats = PersistedState['practice'];

/** One step of one dilemma, where the learner has to choose. */
export interface DecisionPoint {
  key: string;
  moduleId: string;
  scenario: Scenario;
  step: ScenarioStep;
}

const ratings: readonly Rating[] = ['good', 'acceptable', 'poor'];

/** The best rating among a step's choices: "good", or "acceptable" where no choice is good. */
export function bestRating(step: ScenarioStep): Rating {
  return ratings.find((r) => step.choices.some((c) => c.quality === r)) ?? 'poor';
}

/** The choices that are the best at their step (there can be more than one). */
export function bestChoices(step: ScenarioStep): ScenarioChoice[] {
  const best = bestRating(step);
  return step.choices.filter((c) => c.quality === best);
}

/**
 * Whether a choice is the best one at its step. Usually that means quality
 * "good"; at the few steps with no good choice, the acceptable one is best.
 */
export function isBestChoice(step: ScenarioStep, choice: ScenarioChoice): boolean {
  return choice.quality === bestRating(step);
}

/** Every decision point of every dilemma of the started modules among `modules`, in course order. */
export function practicePool(
  modules: readonly ModuleContent[],
  progress: Progress,
): DecisionPoint[] {
  return modules
    .filter((m) => isModuleStarted(m, progress))
    .flatMap((m) =>
      m.scenarios.flatMap((scenario) =>
        scenario.steps.map((step) => ({
          key: decisionKey(m.id, scenario.id, step.id),
          moduleId: m.id,
          scenario,
          step,
        })),
      ),
    );
}

/**
 * How likely a decision point is to be drawn, relative to the others. Goes up
 * with each wrong answer, more when the last answer was wrong, and with the
 * time since it was last seen (never seen counts as long ago). A right answer
 * damps it for about a week.
 */
export function practiceWeight(stat: PracticeStat | undefined, now: number): number {
  if (!stat) return 1 + STALE_CAP_DAYS / 7;
  const days = Math.min(Math.max(now - stat.lastSeen, 0) / DAY, STALE_CAP_DAYS);
  const weight = 1 + 2 * Math.min(stat.wrong, 5) + (stat.lastRight ? 0 : 3) + days / 7;
  const damping = stat.lastRight ? Math.min(1, 0.2 + (0.8 * days) / DUE_AFTER_DAYS) : 1;
  return weight * damping;
}

/**
 * Draws a practice session: up to `size` distinct decision points by weighted
 * random sampling without replacement (see `practiceWeight`). Returns all of
 * the pool, in drawn order, when it holds no more than `size`.
 */
export function drawSession<T extends { key: string }>(
  pool: readonly T[],
  stats: Stats,
  now: number,
  random: Random,
  size = SESSION_SIZE,
): T[] {
  const left = pool.map((item) => ({ item, weight: practiceWeight(stats[item.key], now) }));
  const drawn: T[] = [];
  while (drawn.length < size && left.length > 0) {
    const total = left.reduce((sum, x) => sum + x.weight, 0);
    let r = random() * total;
    let index = left.findIndex((x) => (r -= x.weight) < 0);
    if (index === -1) index = left.length - 1;
    drawn.push(left[index]!.item);
    left.splice(index, 1);
  }
  return drawn;
}

/** What `isPracticeDue` looks at. */
export interface DuePool {
  /**
   * The decision points of the started modules (`moduleId/scenarioId/stepId`),
   * or, where the steps are not known (the start page has only the catalogue),
   * their dilemmas (`moduleId/scenarioId`) standing for all of their steps.
   */
  keys: readonly string[];
  /** Whether the learner has played at least one dilemma (or answered in practice). */
  playedDilemma: boolean;
}

/** Whether the learner has made a choice in any dilemma, or answered in practice. */
export function hasPlayedDilemma(progress: Pick<Progress, 'scenarios'>, stats: Stats): boolean {
  return (
    Object.keys(stats).length > 0 ||
    Object.values(progress.scenarios).some(
      (s) => s.endingsFound.length > 0 || (s.run?.path.length ?? 0) > 0,
    )
  );
}

/**
 * The due pool of the start page, from catalogue entries: one key per dilemma
 * of each started module. An approximation: a dilemma counts as seen once any
 * of its steps is, since the catalogue does not list the steps.
 */
export function catalogueDuePool(
  modules: readonly ModuleSummary[],
  progress: Progress,
  stats: Stats,
): DuePool {
  return {
    keys: modules
      .filter((m) => isModuleStarted(m, progress))
      .flatMap((m) => m.scenarios.map((s) => scenarioKey(m.id, s.id))),
    playedDilemma: hasPlayedDilemma(progress, stats),
  };
}

/**
 * Whether practice is due: some decision point in the pool was answered wrong
 * last time, or was last seen `DUE_AFTER_DAYS` or more ago, or has never been
 * seen although the learner has played at least one dilemma.
 */
export function isPracticeDue(stats: Stats, pool: DuePool, now: number): boolean {
  const entries = Object.entries(stats);
  return pool.keys.some((key) => {
    const mine = entries.filter(([k]) => k === key || k.startsWith(`${key}/`)).map(([, s]) => s);
    if (mine.length === 0) return pool.playedDilemma;
    return mine.some((s) => !s.lastRight || now - s.lastSeen >= DUE_AFTER_DAYS * DAY);
  });
}
