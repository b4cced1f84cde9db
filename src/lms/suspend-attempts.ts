/**
 * Quiz attempts in suspend data: which ones are kept, and how one attempt is
 * written and read in version 2 (see suspend-schema.ts for the fields).
 */
import { activeAttempt, finishedAttempts } from '@/domain/attempts';
import type { QuizAttempt } from '@/store/schema';
import type { IndexedModule } from './course-index';
import { type SuspendAttempt, type SuspendQuestion, toSeconds } from './suspend-schema';

export interface KeptAttempt {
  attempt: QuizAttempt;
  /** Whether its questions, option order and answers are saved, not only its outcome. */
  detail: boolean;
}

/**
 * The attempts worth keeping, in their saved order: the newest unfinished one
 * and the latest finished one (both in detail when asked), the last
 * `keepLast` finished ones, the best full quiz and the first pass.
 */
export function keptAttempts(
  attempts: QuizAttempt[] | undefined,
  keepLast: number,
  detail: { latest: boolean; active: boolean },
): KeptAttempt[] {
  const finished = finishedAttempts(attempts);
  const keep = new Map<QuizAttempt, boolean>();
  const active = activeAttempt(attempts);
  if (active && detail.active) keep.set(active, true);
  const latest = finished.at(-1);
  if (latest) keep.set(latest, detail.latest);
  for (const attempt of finished.slice(Math.max(0, finished.length - keepLast))) {
    if (!keep.has(attempt)) keep.set(attempt, false);
  }
  let best: QuizAttempt | undefined;
  let firstPass: QuizAttempt | undefined;
  for (const attempt of finished) {
    if (
      attempt.mode === 'fresh' &&
      (best === undefined || (attempt.score ?? 0) > (best.score ?? 0))
    ) {
      best = attempt;
    }
    if (
      attempt.passed &&
      (firstPass === undefined || attempt.finishedAt! < firstPass.finishedAt!)
    ) {
      firstPass = attempt;
    }
  }
  for (const attempt of [best, firstPass]) {
    if (attempt && !keep.has(attempt)) keep.set(attempt, false);
  }
  return (attempts ?? [])
    .filter((a) => keep.has(a))
    .map((attempt) => ({ attempt, detail: keep.get(attempt)! }));
}

/** Positions of `ids` in `list`, or undefined when one is missing or repeated. */
function positionsOf(ids: readonly string[], list: readonly string[]): number[] | undefined {
  const out = ids.map((id) => list.indexOf(id));
  return out.includes(-1) || new Set(out).size !== out.length ? undefined : out;
}

/** The attempt's questions by position in the module, or undefined when the content changed. */
export function detailOf(
  attempt: QuizAttempt,
  module: IndexedModule,
): SuspendQuestion[] | undefined {
  const detail: SuspendQuestion[] = [];
  for (const drawn of attempt.questions) {
    const position = module.questions.findIndex((q) => q.id === drawn.id);
    const question = module.questions[position];
    if (!question || drawn.options.length !== question.options.length) return undefined;
    const order = positionsOf(drawn.options, question.options);
    if (!order) return undefined;
    const answer = attempt.answers[drawn.id];
    if (!answer) {
      detail.push([position, order]);
      continue;
    }
    const chosen = positionsOf(answer.selected, question.options);
    if (!chosen) return undefined;
    detail.push([position, order, chosen, answer.correct ? 1 : 0]);
  }
  return detail;
}

/**
 * One attempt as suspend data writes it. `previousStart` is the start (in
 * seconds) of the attempt written before it in the same module, if any.
 */
export function writeAttempt(
  attempt: QuizAttempt,
  detail: SuspendQuestion[] | undefined,
  previousStart: number | undefined,
): SuspendAttempt {
  const start = toSeconds(attempt.startedAt);
  const out: SuspendAttempt = {
    i: attempt.id,
    s: previousStart === undefined ? start : start - previousStart,
    k: Math.round(attempt.passMark * 1000),
  };
  if (attempt.mode === 'wrong-only') out.w = 1;
  const updated = toSeconds(attempt.updatedAt) - start;
  if (attempt.finishedAt === undefined) {
    out.u = updated;
  } else {
    out.e = toSeconds(attempt.finishedAt) - start;
    if (updated !== out.e) out.u = updated;
  }
  if (attempt.score !== undefined) {
    const total = attempt.questions.length;
    out.n = [total, Math.round(attempt.score * total)];
  }
  if (attempt.passed !== undefined) out.p = attempt.passed ? 1 : 0;
  if (detail) out.q = detail;
  return out;
}

/**
 * Reads one attempt (`start` in seconds, already resolved). Returns null for
 * an attempt that cannot be rebuilt with this content: an unfinished one
 * whose module changed (`exact` false). A finished attempt without usable
 * detail gets the first questions of the pool in its place, with the saved
 * number right, so its score and outcome stay. Throws a RangeError for what
 * no writer makes (more right than drawn, a position the unchanged module
 * does not have): the whole text is then refused, never half read.
 */
export function readAttempt(
  saved: SuspendAttempt,
  start: number,
  module: IndexedModule,
  exact: boolean,
): QuizAttempt | null {
  const startedAt = start * 1000;
  const finishedAt = saved.e === undefined ? undefined : startedAt + saved.e * 1000;
  const updatedAt = startedAt + (saved.u ?? saved.e ?? 0) * 1000;
  const attempt: QuizAttempt = {
    id: saved.i,
    mode: saved.w ? 'wrong-only' : 'fresh',
    startedAt,
    updatedAt,
    passMark: saved.k / 1000,
    questions: [],
    answers: {},
  };
  if (finishedAt !== undefined) attempt.finishedAt = finishedAt;
  const [total = 0, right = 0] = saved.n ?? [];
  if (saved.n) {
    if (right > total) throw new RangeError('more right than drawn');
    attempt.score = right / total;
  }
  if (saved.p !== undefined) attempt.passed = saved.p === 1;

  if (saved.q && exact) {
    for (const [position, order, chosen, correct] of saved.q) {
      const question = module.questions[position];
      if (!question || !isPermutation(order, question.options.length)) {
        throw new RangeError('unknown question or option order');
      }
      attempt.questions.push({ id: question.id, options: order.map((o) => question.options[o]!) });
      if (!chosen) continue;
      const selected = chosen.map((o) => question.options[o]);
      if (selected.includes(undefined)) throw new RangeError('unknown option');
      attempt.answers[question.id] = {
        selected: selected as string[],
        correct: correct === 1,
        at: updatedAt,
      };
    }
    return attempt;
  }
  if (finishedAt === undefined) return null;
  const questions = module.questions.slice(0, Math.max(1, total || (saved.q?.length ?? 1)));
  if (questions.length === 0) return null;
  questions.forEach((q, i) => {
    attempt.questions.push({ id: q.id, options: [...q.options] });
    attempt.answers[q.id] = { selected: [], correct: i < right, at: updatedAt };
  });
  return attempt;
}

const isPermutation = (order: readonly number[], length: number) =>
  order.length === length && new Set(order).size === length && order.every((o) => o < length);
