/**
 * Quiz attempts in suspend data: which ones are kept, and how one attempt is
 * written and read. Part of the format described in suspend-data.ts.
 *
 * An attempt is written as: id (string), flags, start time, seconds from
 * start to last change, [seconds from start to finish], pass mark in
 * thousandths, [questions drawn, questions right], [detail]. The detail is
 * the number of questions, then per question its position in the module's
 * pool, the order of its options (a Lehmer code over the content order) and
 * the answer (0 = none, else 1 + right + 2 × the options chosen as a bit
 * mask over the content order).
 */
import { activeAttempt, finishedAttempts } from '@/domain/attempts';
import type { QuizAnswer, QuizAttempt } from '@/store/schema';
import type { IndexedModule, IndexedQuestion } from './course-index';
import { CodeError, type CodeReader, type CodeWriter, savedTime } from './text-codec';

const WRONG_ONLY = 1;
const FINISHED = 2;
const HAS_SCORE = 4;
const HAS_PASSED = 8;
const PASSED = 16;
const DETAIL = 32;
/** 18! is the largest factorial below 2^53, so option orders up to 18 options fit a number. */
const MAX_OPTIONS = 18;

export interface KeptAttempt {
  attempt: QuizAttempt;
  /** Whether its questions, option order and answers are saved, not only its outcome. */
  detail: boolean;
}

/**
 * The attempts worth keeping, in their saved order: the newest unfinished one
 * and the latest finished one (both in detail when `detail`), the last
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

const factorial = (n: number): number => (n <= 1 ? 1 : n * factorial(n - 1));

/** The Lehmer code of `order` (a permutation of `content`), or undefined if it is none. */
export function permutationCode(
  order: readonly string[],
  content: readonly string[],
): number | undefined {
  if (order.length !== content.length || new Set(order).size !== order.length) return undefined;
  const remaining = [...content];
  let code = 0;
  for (const id of order) {
    const position = remaining.indexOf(id);
    if (position === -1) return undefined;
    code = code * remaining.length + position;
    remaining.splice(position, 1);
  }
  return code;
}

/** The permutation of `content` with the Lehmer code `code` (below content.length!). */
export function permutationFromCode(code: number, content: readonly string[]): string[] {
  if (content.length > MAX_OPTIONS || code >= factorial(content.length))
    throw new CodeError('bad option order');
  const digits: number[] = [];
  let rest = code;
  for (let size = 1; size <= content.length; size++) {
    digits.unshift(rest % size);
    rest = Math.floor(rest / size);
  }
  const remaining = [...content];
  return digits.map((d) => remaining.splice(d, 1)[0]!);
}

function answerCode(answer: QuizAnswer | undefined, question: IndexedQuestion): number | undefined {
  if (!answer) return 0;
  let mask = 0;
  for (const id of answer.selected) {
    const position = question.options.indexOf(id);
    if (position === -1 || mask & (1 << position)) return undefined;
    mask |= 1 << position;
  }
  return 1 + (answer.correct ? 1 : 0) + 2 * mask;
}

export type Detail = [position: number, order: number, answer: number][];

/** The attempt's questions as positions in the module, or undefined when the content changed. */
export function detailOf(attempt: QuizAttempt, module: IndexedModule): Detail | undefined {
  const detail: Detail = [];
  for (const drawn of attempt.questions) {
    const position = module.questions.findIndex((q) => q.id === drawn.id);
    const question = module.questions[position];
    if (!question || question.options.length > MAX_OPTIONS) return undefined;
    const order = permutationCode(drawn.options, question.options);
    const answer = answerCode(attempt.answers[drawn.id], question);
    if (order === undefined || answer === undefined) return undefined;
    detail.push([position, order, answer]);
  }
  return detail;
}

/** Writes one attempt (see the file comment). */
export function writeAttempt(writer: CodeWriter, attempt: QuizAttempt, detail: Detail | undefined) {
  const finished = attempt.finishedAt !== undefined;
  const flags =
    (attempt.mode === 'wrong-only' ? WRONG_ONLY : 0) |
    (finished ? FINISHED : 0) |
    (attempt.score !== undefined ? HAS_SCORE : 0) |
    (attempt.passed !== undefined ? HAS_PASSED : 0) |
    (attempt.passed ? PASSED : 0) |
    (detail ? DETAIL : 0);
  const started = savedTime(attempt.startedAt);
  const seconds = (time: number) => Math.floor((time - started) / 1000);
  writer.str(attempt.id).int(flags).time(attempt.startedAt).int(seconds(attempt.updatedAt));
  if (finished) writer.int(seconds(attempt.finishedAt!));
  writer.int(Math.round(attempt.passMark * 1000));
  if (attempt.score !== undefined) {
    const total = attempt.questions.length;
    writer.int(total).int(Math.round(attempt.score * total));
  }
  if (detail) {
    writer.int(detail.length);
    for (const [position, order, answer] of detail) writer.int(position).int(order).int(answer);
  }
}

/**
 * Reads one attempt. Returns null for an attempt that cannot be rebuilt with
 * this content: an unfinished one whose module changed (`exact` false). A
 * finished attempt without usable detail gets the first questions of the pool
 * in its place, with the saved number right, so its score and outcome stay.
 */
export function readAttempt(
  reader: CodeReader,
  module: IndexedModule | undefined,
  exact: boolean,
): QuizAttempt | null {
  const id = reader.str();
  const flags = reader.below(64);
  const startedAt = reader.time();
  const updatedAt = startedAt + reader.int() * 1000;
  const finishedAt = flags & FINISHED ? startedAt + reader.int() * 1000 : undefined;
  const passMark = reader.below(1001) / 1000;
  let total = 0;
  let right = 0;
  if (flags & HAS_SCORE) {
    total = reader.int();
    right = reader.int();
    if (total === 0 || right > total) throw new CodeError('bad score');
  }
  let detail: Detail | undefined;
  if (flags & DETAIL) {
    detail = [];
    const count = reader.below(101);
    for (let i = 0; i < count; i++) detail.push([reader.int(), reader.int(), reader.int()]);
  }
  if (!module) return null;
  const attempt: QuizAttempt = {
    id,
    mode: flags & WRONG_ONLY ? 'wrong-only' : 'fresh',
    startedAt,
    updatedAt,
    passMark,
    questions: [],
    answers: {},
  };
  if (finishedAt !== undefined) attempt.finishedAt = finishedAt;
  if (flags & HAS_SCORE) attempt.score = right / total;
  if (flags & HAS_PASSED) attempt.passed = (flags & PASSED) !== 0;

  if (detail && exact) {
    for (const [position, order, answer] of detail) {
      const question = module.questions[position];
      if (!question) throw new CodeError('unknown question');
      attempt.questions.push({
        id: question.id,
        options: permutationFromCode(order, question.options),
      });
      if (answer === 0) continue;
      const mask = Math.floor((answer - 1) / 2);
      if (mask >= 2 ** question.options.length) throw new CodeError('unknown option');
      attempt.answers[question.id] = {
        selected: question.options.filter((_, i) => mask & (1 << i)),
        correct: (answer - 1) % 2 === 1,
        at: updatedAt,
      };
    }
    return attempt;
  }
  if (finishedAt === undefined) return null;
  const questions = module.questions.slice(0, Math.max(1, total || (detail?.length ?? 1)));
  if (questions.length === 0) return null;
  questions.forEach((q, i) => {
    attempt.questions.push({ id: q.id, options: [...q.options] });
    attempt.answers[q.id] = { selected: [], correct: i < right, at: updatedAt };
  });
  return attempt;
}
