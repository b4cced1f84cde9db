/**
 * The reader of suspend data version 1 (`1.<body><check>`), kept so that
 * progress saved in an LMS before version 2 comes back. Nothing writes
 * version 1 any more.
 *
 * The check is 4 base64url characters (24 bits) of FNV-1a 64 over
 * `1.<body>`. The body is a stream of whole numbers (groups of 5 bits, lowest
 * first, one base64url character each: 0–31 ends the number, 32–63 means
 * more follow), strings (escaped length, then percent-encoded text), times
 * (seconds since 2020 plus 1, 0 for none) and bit sets (how many characters,
 * then 6 bits each). In order: language (0 sv, 1 en), when the settings
 * changed, name, the number of modules, then per module its number in the
 * table below plus 1 (or 0 and its id), fingerprint, parts (1 lessons,
 * 2 dilemmas, 4 attempts) and those parts, lessons and endings as bit sets
 * over the module's lists, option orders as Lehmer codes, answers as
 * `1 + right + 2 × a bit mask of the options chosen`.
 */
import { fnv1a64 } from '@/lib/check-code';
import { scenarioKey } from '@/domain/keys';
import { BASE64URL } from '@/lib/wire/base64url';
import type { QuizAttempt } from '@/store/schema';
import type { CourseIndex, IndexedModule } from './course-index';
import type { SuspendedState } from './suspend-schema';
import { V1_MODULES } from '@/lib/wire/v1-modules';
import { emptyState } from '@/store/persisted-fields';

const EPOCH = Date.UTC(2020, 0, 1);
const VALUE = new Map([...BASE64URL].map((c, i) => [c, i]));

/** Reads the v1 stream; any misstep throws, and the whole text is refused. */
class Reader {
  private at = 0;
  constructor(private readonly text: string) {}
  private next(): number {
    const value = VALUE.get(this.text[this.at++] ?? '');
    if (value === undefined) throw new RangeError('unexpected character');
    return value;
  }
  int(): number {
    let value = 0;
    for (let digits = 0, scale = 1; digits < 11; digits++, scale *= 32) {
      const digit = this.next();
      value += (digit % 32) * scale;
      if (digit < 32) {
        if (!Number.isSafeInteger(value)) throw new RangeError('number too large');
        return value;
      }
    }
    throw new RangeError('number too long');
  }
  below(limit: number): number {
    const value = this.int();
    if (value >= limit) throw new RangeError('out of range');
    return value;
  }
  time(): number {
    const value = this.int();
    return value === 0 ? 0 : EPOCH + (value - 1) * 1000;
  }
  str(): string {
    const length = this.int();
    const escaped = this.text.slice(this.at, this.at + length);
    if (escaped.length !== length) throw new RangeError('string cut short');
    this.at += length;
    return decodeURIComponent(escaped);
  }
  bits(): boolean[] {
    const count = this.int();
    if (count > this.text.length - this.at) throw new RangeError('bits cut short');
    return Array.from({ length: count }, () => this.next()).flatMap((v) =>
      [0, 1, 2, 3, 4, 5].map((b) => (v & (1 << b)) !== 0),
    );
  }
  get done(): boolean {
    return this.at === this.text.length;
  }
}

const factorial = (n: number): number => (n <= 1 ? 1 : n * factorial(n - 1));

/** The permutation of `content` with Lehmer code `code`. */
function permutation(code: number, content: readonly string[]): string[] {
  if (content.length > 18 || code >= factorial(content.length)) throw new RangeError('bad order');
  const digits: number[] = [];
  for (let size = 1, rest = code; size <= content.length; size++) {
    digits.unshift(rest % size);
    rest = Math.floor(rest / size);
  }
  const remaining = [...content];
  return digits.map((d) => remaining.splice(d, 1)[0]!);
}

function readAttempt(r: Reader, module: IndexedModule | undefined, exact: boolean) {
  const id = r.str();
  const flags = r.below(64);
  const startedAt = r.time();
  const updatedAt = startedAt + r.int() * 1000;
  const finishedAt = flags & 2 ? startedAt + r.int() * 1000 : undefined;
  const passMark = r.below(1001) / 1000;
  const [total, right] = flags & 4 ? [r.int(), r.int()] : [0, 0];
  if (flags & 4 && (total === 0 || right > total)) throw new RangeError('bad score');
  const count = flags & 32 ? r.below(101) : 0;
  const detail = Array.from({ length: count }, () => [r.int(), r.int(), r.int()] as const);
  if (!module) return null;
  const attempt: QuizAttempt = {
    id,
    mode: flags & 1 ? 'wrong-only' : 'fresh',
    startedAt,
    updatedAt,
    passMark,
    questions: [],
    answers: {},
  };
  if (finishedAt !== undefined) attempt.finishedAt = finishedAt;
  if (flags & 4) attempt.score = right / total;
  if (flags & 8) attempt.passed = (flags & 16) !== 0;
  if (flags & 32 && exact) {
    for (const [position, order, answer] of detail) {
      const question = module.questions[position];
      if (!question) throw new RangeError('unknown question');
      attempt.questions.push({ id: question.id, options: permutation(order, question.options) });
      if (answer === 0) continue;
      const mask = Math.floor((answer - 1) / 2);
      if (mask >= 2 ** question.options.length) throw new RangeError('unknown option');
      attempt.answers[question.id] = {
        selected: question.options.filter((_, i) => mask & (1 << i)),
        correct: (answer - 1) % 2 === 1,
        at: updatedAt,
      };
    }
    return attempt;
  }
  if (finishedAt === undefined) return null;
  const questions = module.questions.slice(0, Math.max(1, total || count || 1));
  if (questions.length === 0) return null;
  questions.forEach((q, i) => {
    attempt.questions.push({ id: q.id, options: [...q.options] });
    attempt.answers[q.id] = { selected: [], correct: i < right, at: updatedAt };
  });
  return attempt;
}

function readModule(r: Reader, index: CourseIndex, out: SuspendedState) {
  const number = r.int();
  const id = number === 0 ? r.str() : V1_MODULES[number - 1];
  if (id === undefined) throw new RangeError('unknown module number');
  const fingerprint = r.int();
  const parts = r.below(8);
  const module = index.modules.find((m) => m.id === id);
  const exact = module !== undefined && module.fingerprint === fingerprint;
  if (parts & 1) {
    const read = r.bits();
    const current = r.int();
    const updatedAt = r.time();
    if (exact) {
      const lesson = module.lessons[current - 1];
      out.modules[id] = {
        lessonsVisited: module.lessons.filter((_, i) => read[i]),
        ...(lesson ? { currentLesson: lesson } : {}),
        updatedAt,
      };
    }
  }
  if (parts & 2) {
    const count = r.int();
    for (let i = 0; i < count; i++) {
      const position = r.int();
      const found = r.bits();
      const updatedAt = r.time();
      const scenario = exact ? module.scenarios[position] : undefined;
      if (scenario) {
        out.scenarios[scenarioKey(id, scenario.id)] = {
          endingsFound: scenario.endings.filter((_, e) => found[e]),
          updatedAt,
        };
      }
    }
  }
  if (parts & 4) {
    const count = r.int();
    const attempts = [];
    for (let i = 0; i < count; i++) {
      const attempt = readAttempt(r, module, exact);
      if (attempt) attempts.push(attempt);
    }
    if (attempts.length) out.quizzes[id] = attempts;
  }
}

function check(text: string): string {
  const hash = fnv1a64(text);
  return [0, 1, 2, 3].map((i) => BASE64URL[Number((hash >> BigInt(6 * i)) & 63n)]).join('');
}

/**
 * The saved state in version 1 suspend data, read against `index`; null for
 * text cut short or changed (the check fails) or that cannot be read. Never
 * throws. Parts saved under another version of a module are skipped, except
 * finished quiz attempts, whose outcome is kept.
 */
export function readSuspendV1(text: string, index: CourseIndex): SuspendedState | null {
  const signed = text.slice(0, -4);
  if (!text.startsWith('1.') || text.length <= 6 || check(signed) !== text.slice(-4)) return null;
  try {
    const r = new Reader(signed.slice(2));
    const language = r.below(2) === 1 ? 'en' : 'sv';
    const updatedAt = r.time();
    const learnerName = r.str();
    const out: SuspendedState = {
      ...emptyState(),
      settings: { language, learnerName, updatedAt },
    };
    const count = r.int();
    for (let i = 0; i < count; i++) readModule(r, index, out);
    return r.done ? out : null;
  } catch {
    return null;
  }
}
