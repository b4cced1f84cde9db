/**
 * The learner's progress as LMS suspend data: short enough for SCORM 1.2's
 * 4,096 characters, versioned, checked, and read back into a valid saved
 * state. Pure; decoding never throws.
 *
 * Version 2 is `2.<body>.<check>` in the app's wire format
 * (src/lib/wire/envelope.ts): deflated JSON (suspend-schema.ts) of the
 * language code, the name, and per module with progress its id, its
 * fingerprint, the lessons read, the dilemmas' endings found and the quiz
 * attempts kept. Lessons, dilemmas, endings, questions and options are named
 * by their position in the module: by id the worst case would not fit SCORM
 * 1.2 (docs/decisions/0005-offline-and-lms.md). Version 1 is still read
 * (suspend-v1.ts).
 *
 * Times are saved to the second, rounded down, so the copy in the LMS is
 * never newer than the one it came from and a merge prefers the original.
 * Kept: settings, lessons read, endings found, the unfinished quiz attempt,
 * the latest finished one in full, and the outcome of the last five, the
 * best and the first pass. Dropped: assignments, practice statistics, older
 * attempts and dilemmas in progress. When the text would still be too long,
 * less is kept, step by step (see `LEVELS`).
 */
import { scenarioKey } from '@/domain/keys';
import {
  decodeWire,
  encodeWire,
  jsonReader,
  type WireFormat,
  wireVersion,
} from '@/lib/wire/envelope';
import { PersistedState } from '@/store/schema';
import type { CourseIndex, IndexedModule } from './course-index';
import { detailOf, keptAttempts, readAttempt, writeAttempt } from './suspend-attempts';
import { SuspendedState, type SuspendModule, SuspendV2, toSeconds } from './suspend-schema';
import { readSuspendV1 } from './suspend-v1';
import { emptyState } from '@/store/persisted-fields';

export { savedTime, SuspendedState } from './suspend-schema';

export const SUSPEND_FORMAT_VERSION = 2;
/** SCORM 1.2 keeps at most this many characters of suspend data. */
export const SCORM12_SUSPEND_LIMIT = 4096;

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
const LEVELS: readonly Level[] = [
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

/** Positions of the `ids` found in `list`, in list order. */
const positionsIn = (ids: readonly string[], list: readonly string[]): number[] =>
  list.flatMap((id, i) => (ids.includes(id) ? [i] : []));

/** The item at `position`; what no writer makes throws, and the whole text is refused. */
function at<T>(list: readonly T[], position: number): T {
  const item = list[position];
  if (item === undefined) throw new RangeError('unknown position');
  return item;
}

function writeModule(
  state: SuspendedState,
  module: IndexedModule,
  level: Level,
): SuspendModule | null {
  const out: SuspendModule = { i: module.id, f: module.fingerprint };
  const progress = level.lessons ? state.modules[module.id] : undefined;
  if (progress) {
    out.l = {
      r: positionsIn(progress.lessonsVisited, module.lessons),
      t: toSeconds(progress.updatedAt),
    };
    const current = progress.currentLesson ? module.lessons.indexOf(progress.currentLesson) : -1;
    if (current !== -1) out.l.c = current;
  }
  const scenarios = (level.scenarios ? module.scenarios : []).flatMap((s, position) => {
    const saved = state.scenarios[scenarioKey(module.id, s.id)];
    if (!saved) return [];
    const endings = positionsIn(saved.endingsFound, s.endings);
    return [[position, endings, toSeconds(saved.updatedAt)] satisfies [number, number[], number]];
  });
  if (scenarios.length) out.s = scenarios;
  let previous: number | undefined;
  const attempts = keptAttempts(state.quizzes[module.id], level.keepLast, {
    latest: level.latestDetail,
    active: level.active,
  }).flatMap(({ attempt, detail }) => {
    const saved = detail ? detailOf(attempt, module) : undefined;
    if (!saved && attempt.finishedAt === undefined) return [];
    const written = writeAttempt(attempt, saved, previous);
    previous = toSeconds(attempt.startedAt);
    return [written];
  });
  if (attempts.length) out.q = attempts;
  return out.l || out.s || out.q ? out : null;
}

function toWire(state: SuspendedState, index: CourseIndex, level: Level): SuspendV2 {
  return {
    l: state.settings.language,
    n: level.name ? state.settings.learnerName : '',
    t: toSeconds(state.settings.updatedAt),
    m: index.modules.flatMap((module) => writeModule(state, module, level) ?? []),
  };
}

function fromWire(saved: SuspendV2, index: CourseIndex): SuspendedState {
  const out: SuspendedState = {
    ...emptyState(),
    settings: { language: saved.l, learnerName: saved.n, updatedAt: saved.t * 1000 },
  };
  for (const entry of saved.m) {
    const module = index.modules.find((m) => m.id === entry.i);
    if (!module) continue;
    const exact = module.fingerprint === entry.f;
    if (entry.l && exact) {
      out.modules[module.id] = {
        lessonsVisited: entry.l.r.map((p) => at(module.lessons, p)),
        ...(entry.l.c === undefined ? {} : { currentLesson: at(module.lessons, entry.l.c) }),
        updatedAt: entry.l.t * 1000,
      };
    }
    for (const [position, endings, time] of exact ? (entry.s ?? []) : []) {
      const scenario = at(module.scenarios, position);
      out.scenarios[scenarioKey(module.id, scenario.id)] = {
        endingsFound: endings.map((e) => at(scenario.endings, e)),
        updatedAt: time * 1000,
      };
    }
    let start: number | undefined;
    const attempts = (entry.q ?? []).flatMap((saved) => {
      start = start === undefined ? saved.s : start + saved.s;
      return readAttempt(saved, start, module, exact) ?? [];
    });
    if (attempts.length) out.quizzes[module.id] = attempts;
  }
  return out;
}

/**
 * Suspend data for `index`'s course: each version ever written has its reader
 * here; the index is needed to read positions, so the format is made per call.
 */
function suspendFormat(index: CourseIndex): WireFormat<SuspendedState, SuspendV2> {
  return {
    prefix: '',
    version: SUSPEND_FORMAT_VERSION,
    schema: SuspendV2,
    // SCORM 2004 keeps 64,000 characters; what inflates beyond a megabyte is not ours.
    maxCodeLength: 64_000,
    maxPayloadBytes: 1024 * 1024,
    readers: {
      1: { layout: 'own', read: (text) => readSuspendV1(text, index) },
      2: jsonReader(SuspendV2, (saved) => fromWire(saved, index)),
    },
  };
}

/**
 * The saved state as suspend data for `index`'s course. Keeps everything the
 * format promises when it fits in `maxLength` characters (default: SCORM
 * 1.2's 4,096), and otherwise as much as fits (see `LEVELS`). Synchronous,
 * so it can be written while the page is being left.
 */
export function encodeSuspendData(
  state: SuspendedState,
  index: CourseIndex,
  maxLength = SCORM12_SUSPEND_LIMIT,
): string {
  const format = suspendFormat(index);
  let text = '';
  for (const level of LEVELS) {
    text = encodeWire(format, toWire(state, index, level));
    if (text.length <= maxLength) return text;
  }
  return text;
}

/** The format version of a suspend-data text, or null when it is not ours at all. */
export function suspendFormatVersion(text: string): number | null {
  return wireVersion(suspendFormat({ modules: [], parts: [] }), text);
}

/**
 * Reads suspend data of any version back into a saved state for `index`'s
 * course. Returns null, and never throws, for text of another format or a
 * later version, text cut short or changed (the check fails), or a state
 * that would not be valid. Parts saved under another version of a module are
 * skipped, except finished quiz attempts, whose outcome is kept. The
 * language comes back as the code that was saved (see {@link toSavedState}).
 */
export function decodeSuspendData(text: string, index: CourseIndex): SuspendedState | null {
  try {
    const result = decodeWire(suspendFormat(index), text);
    if (!result.ok) return null;
    const parsed = SuspendedState.safeParse(result.value);
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * Decoded suspend data as a saved state of this build, to merge into the
 * store. A language this build does not know becomes `language` (the
 * learner's current one), so the rest of the progress still comes back.
 * Null when the state is not one the store would keep.
 */
export function toSavedState(
  state: SuspendedState,
  language: PersistedState['settings']['language'],
): PersistedState | null {
  const parsed = PersistedState.safeParse(state);
  if (parsed.success) return parsed.data;
  const relabelled = PersistedState.safeParse({
    ...state,
    settings: { ...state.settings, language },
  });
  return relabelled.success ? relabelled.data : null;
}
