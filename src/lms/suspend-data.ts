/**
 * The learner's progress as LMS suspend data: short enough for SCORM 1.2's
 * 4,096 characters, versioned, checked, and read back into a valid saved
 * state. Pure; decoding never throws.
 *
 * Text: `1.` (format version 1), the body, then 4 check characters (24 bits
 * of FNV-1a 64 over the version and body). The body is a stream of numbers,
 * strings and bit sets (text-codec.ts):
 *
 * - settings: language (0 sv, 1 en), when changed, learner name;
 * - the number of modules, then per module: its number in LMS_MODULE_IDS + 1
 *   (or 0 and its id), its fingerprint, which parts follow (1 lessons,
 *   2 dilemmas, 4 quiz attempts), and then those parts:
 *   - lessons: lessons read as a bit set over the module's lessons, the
 *     current lesson (position + 1, 0 for none), when changed;
 *   - dilemmas: how many, then per dilemma its position, the endings found as
 *     a bit set, when changed (a dilemma in progress is not kept);
 *   - quiz attempts: how many, then each attempt (suspend-attempts.ts).
 *
 * Times are saved to the second, rounded down, so the copy in the LMS is
 * never newer than the one it came from and a merge prefers the original.
 * Kept: settings, lessons read, endings found, the unfinished quiz attempt,
 * the latest finished one in full, and the outcome of the last five, the
 * best and the first pass. Dropped: assignments, practice statistics, older
 * attempts and dilemmas in progress. When the text would still be too long,
 * less is kept, step by step (see `LEVELS`).
 */
import { fnv1a64 } from '@/lib/check-code';
import { scenarioKey } from '@/domain/keys';
import { PersistedState } from '@/store/schema';
import { type CourseIndex, type IndexedModule, LMS_MODULE_IDS } from './course-index';
import { detailOf, keptAttempts, readAttempt, writeAttempt } from './suspend-attempts';
import { CodeReader, CodeWriter } from './text-codec';

export const SUSPEND_FORMAT_VERSION = 1;
/** SCORM 1.2 keeps at most this many characters of suspend data. */
export const SCORM12_SUSPEND_LIMIT = 4096;

const LESSONS = 1;
const SCENARIOS = 2;
const ATTEMPTS = 4;
const CHECK_LENGTH = 4;
const CHECK_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

interface Level {
  keepLast: number;
  latestDetail: boolean;
  active: boolean;
  name: boolean;
  scenarios: boolean;
  lessons: boolean;
}

const full: Level = {
  keepLast: 5,
  latestDetail: true,
  active: true,
  name: true,
  scenarios: true,
  lessons: true,
};

/** What is kept, from everything down to the bare outcome of each module. */
const LEVELS: Level[] = [
  ...[5, 4, 3, 2, 1, 0].map((keepLast) => ({ ...full, keepLast })),
  { ...full, keepLast: 0, latestDetail: false },
  { ...full, keepLast: 0, latestDetail: false, active: false },
  { ...full, keepLast: 0, latestDetail: false, active: false, scenarios: false },
  { ...full, keepLast: 0, latestDetail: false, active: false, scenarios: false, lessons: false },
  {
    keepLast: 0,
    latestDetail: false,
    active: false,
    scenarios: false,
    lessons: false,
    name: false,
  },
];

function check(text: string): string {
  const hash = fnv1a64(text);
  let out = '';
  for (let i = 0; i < CHECK_LENGTH; i++)
    out += CHECK_ALPHABET[Number((hash >> BigInt(6 * i)) & 63n)];
  return out;
}

function writeModule(
  writer: CodeWriter,
  state: PersistedState,
  module: IndexedModule,
  level: Level,
) {
  const progress = level.lessons ? state.modules[module.id] : undefined;
  const scenarios = level.scenarios
    ? module.scenarios.flatMap((s, position) => {
        const saved = state.scenarios[scenarioKey(module.id, s.id)];
        return saved ? [{ position, saved, endings: s.endings }] : [];
      })
    : [];
  const attempts = keptAttempts(state.quizzes[module.id], level.keepLast, {
    latest: level.latestDetail,
    active: level.active,
  }).flatMap(({ attempt, detail }) => {
    const saved = detail ? detailOf(attempt, module) : undefined;
    return saved || attempt.finishedAt !== undefined ? [{ attempt, detail: saved }] : [];
  });
  const parts =
    (progress ? LESSONS : 0) |
    (scenarios.length ? SCENARIOS : 0) |
    (attempts.length ? ATTEMPTS : 0);
  if (parts === 0) return false;

  const number = LMS_MODULE_IDS.indexOf(module.id as (typeof LMS_MODULE_IDS)[number]);
  writer.int(number + 1);
  if (number === -1) writer.str(module.id);
  writer.int(module.fingerprint).int(parts);
  if (progress) {
    writer
      .bits(module.lessons.map((id) => progress.lessonsVisited.includes(id)))
      .int(progress.currentLesson ? module.lessons.indexOf(progress.currentLesson) + 1 : 0)
      .time(progress.updatedAt);
  }
  if (scenarios.length) {
    writer.int(scenarios.length);
    for (const { position, saved, endings } of scenarios) {
      writer
        .int(position)
        .bits(endings.map((id) => saved.endingsFound.includes(id)))
        .time(saved.updatedAt);
    }
  }
  if (attempts.length) {
    writer.int(attempts.length);
    for (const { attempt, detail } of attempts) writeAttempt(writer, attempt, detail);
  }
  return true;
}

function encodeAt(state: PersistedState, index: CourseIndex, level: Level): string {
  const body = new CodeWriter()
    .int(state.settings.language === 'en' ? 1 : 0)
    .time(state.settings.updatedAt)
    .str(level.name ? state.settings.learnerName : '');
  const modules = new CodeWriter();
  let count = 0;
  for (const module of index.modules) if (writeModule(modules, state, module, level)) count++;
  const text = `${SUSPEND_FORMAT_VERSION}.${body.int(count).toString()}${modules.toString()}`;
  return text + check(text);
}

/**
 * The saved state as suspend data for `index`'s course. Keeps everything the
 * format promises when it fits in `maxLength` characters (default: SCORM
 * 1.2's 4,096), and otherwise as much as fits (see `LEVELS`).
 */
export function encodeSuspendData(
  state: PersistedState,
  index: CourseIndex,
  maxLength = SCORM12_SUSPEND_LIMIT,
): string {
  let text = '';
  for (const level of LEVELS) {
    text = encodeAt(state, index, level);
    if (text.length <= maxLength) return text;
  }
  return text;
}

/** The format version of a suspend-data text, or null when it is not ours at all. */
export function suspendFormatVersion(text: string): number | null {
  const match = /^(\d{1,4})\./.exec(text);
  return match ? Number(match[1]) : null;
}

function readModule(reader: CodeReader, index: CourseIndex, out: PersistedState) {
  const number = reader.int();
  const id = number === 0 ? reader.str() : LMS_MODULE_IDS[number - 1];
  if (id === undefined) throw new Error('unknown module number');
  const fingerprint = reader.int();
  const parts = reader.below(8);
  const module = index.modules.find((m) => m.id === id);
  const exact = module !== undefined && module.fingerprint === fingerprint;

  if (parts & LESSONS) {
    const read = reader.bits();
    const current = reader.int();
    const updatedAt = reader.time();
    if (exact) {
      const lesson = module.lessons[current - 1];
      out.modules[id] = {
        lessonsVisited: module.lessons.filter((_, i) => read[i]),
        ...(lesson ? { currentLesson: lesson } : {}),
        updatedAt,
      };
    }
  }
  if (parts & SCENARIOS) {
    const count = reader.int();
    for (let i = 0; i < count; i++) {
      const position = reader.int();
      const found = reader.bits();
      const updatedAt = reader.time();
      const scenario = exact ? module.scenarios[position] : undefined;
      if (scenario) {
        out.scenarios[scenarioKey(id, scenario.id)] = {
          endingsFound: scenario.endings.filter((_, e) => found[e]),
          updatedAt,
        };
      }
    }
  }
  if (parts & ATTEMPTS) {
    const count = reader.int();
    const attempts = [];
    for (let i = 0; i < count; i++) {
      const attempt = readAttempt(reader, module, exact);
      if (attempt) attempts.push(attempt);
    }
    if (attempts.length) out.quizzes[id] = attempts;
  }
}

/**
 * Reads suspend data back into a saved state for `index`'s course. Returns
 * null, and never throws, for text of another format or version, text cut
 * short or changed (the check fails), or a state that would not be valid.
 * Parts saved under another version of a module are skipped, except finished
 * quiz attempts, whose outcome is kept.
 */
export function decodeSuspendData(text: string, index: CourseIndex): PersistedState | null {
  try {
    if (suspendFormatVersion(text) !== SUSPEND_FORMAT_VERSION) return null;
    const signed = text.slice(0, -CHECK_LENGTH);
    if (text.length <= CHECK_LENGTH || check(signed) !== text.slice(-CHECK_LENGTH)) return null;
    const reader = new CodeReader(signed.slice(signed.indexOf('.') + 1));
    const language = reader.below(2) === 1 ? 'en' : 'sv';
    const updatedAt = reader.time();
    const learnerName = reader.str();
    const out: PersistedState = {
      settings: { language, learnerName, updatedAt },
      assignments: {},
      modules: {},
      quizzes: {},
      scenarios: {},
      practice: {},
    };
    const count = reader.int();
    for (let i = 0; i < count; i++) readModule(reader, index, out);
    if (!reader.done) return null;
    const parsed = PersistedState.safeParse(out);
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
