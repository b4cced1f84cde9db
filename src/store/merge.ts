/**
 * How each saved field merges, so that nothing is lost: used when another tab
 * saves, and when a learner imports progress from a file. Lists are joined, and
 * where both sides hold the same thing the newer one wins. Every merge is
 * commutative and idempotent, so two tabs always settle on the same state.
 * The fields are put together in persisted-fields.ts.
 */
import type {
  Assignment,
  ModuleProgress,
  PersistedState,
  PracticeRound,
  PracticeStat,
  QuizAttempt,
  ScenarioProgress,
  Settings,
} from './schema';

const union = (a: string[], b: string[]) => [...new Set([...a, ...b])].sort();

function newer<T extends { updatedAt: number }>(a: T, b: T, tieBreak: (a: T, b: T) => T): T {
  if (a.updatedAt !== b.updatedAt) return a.updatedAt > b.updatedAt ? a : b;
  return tieBreak(a, b);
}

const byJson = <T>(a: T, b: T) => (JSON.stringify(a) >= JSON.stringify(b) ? a : b);

function mergeRecords<T>(
  a: Record<string, T>,
  b: Record<string, T>,
  mergeOne: (x: T, y: T) => T,
): Record<string, T> {
  const out: Record<string, T> = { ...a };
  for (const [key, value] of Object.entries(b)) {
    const mine = out[key];
    out[key] = mine === undefined ? value : mergeOne(mine, value);
  }
  return out;
}

function mergeModule(a: ModuleProgress, b: ModuleProgress): ModuleProgress {
  const latest = newer(a, b, byJson);
  return { ...latest, lessonsVisited: union(a.lessonsVisited, b.lessonsVisited) };
}

function mergeAttempt(a: QuizAttempt, b: QuizAttempt): QuizAttempt {
  // A finished attempt beats an unfinished copy of itself.
  if (a.finishedAt !== undefined && b.finishedAt === undefined) return a;
  if (b.finishedAt !== undefined && a.finishedAt === undefined) return b;
  const latest = newer(a, b, byJson);
  if (latest.finishedAt !== undefined) return latest;
  // Two unfinished copies (two tabs): answers never change once given, so join them.
  const older = latest === a ? b : a;
  return { ...latest, answers: { ...older.answers, ...latest.answers } };
}

function mergeAttempts(a: QuizAttempt[], b: QuizAttempt[]): QuizAttempt[] {
  const byId = new Map<string, QuizAttempt>();
  for (const attempt of [...a, ...b]) {
    const seen = byId.get(attempt.id);
    byId.set(attempt.id, seen ? mergeAttempt(seen, attempt) : attempt);
  }
  return [...byId.values()].sort((x, y) => x.startedAt - y.startedAt || (x.id < y.id ? -1 : 1));
}

function mergeScenario(a: ScenarioProgress, b: ScenarioProgress): ScenarioProgress {
  const latest = newer(a, b, byJson);
  return { ...latest, endingsFound: union(a.endingsFound, b.endingsFound) };
}

function mergePracticeStat(a: PracticeStat, b: PracticeStat): PracticeStat {
  if (a.lastSeen !== b.lastSeen) return a.lastSeen > b.lastSeen ? a : b;
  return byJson(a, b);
}

export function mergeSettings(a: Settings, b: Settings): Settings {
  return newer(a, b, byJson);
}

/**
 * The copy accepted last, with the learner's identifier from the copy where they gave it last:
 * a change made in one tab is kept even when the other tab accepted the assignment later.
 */
function mergeAssignment(a: Assignment, b: Assignment): Assignment {
  const { learnerId: _a, learnerIdAt: _aAt, ...x } = a;
  const { learnerId: _b, learnerIdAt: _bAt, ...y } = b;
  const base = x.acceptedAt !== y.acceptedAt ? (x.acceptedAt > y.acceptedAt ? x : y) : byJson(x, y);
  const given = [a, b].filter((c) => c.learnerId !== undefined);
  if (given.length === 0) return base;
  const latest = given.reduce((p, q) => {
    const [pAt, qAt] = [p.learnerIdAt ?? 0, q.learnerIdAt ?? 0];
    if (pAt !== qAt) return pAt > qAt ? p : q;
    return p.learnerId! >= q.learnerId! ? p : q;
  });
  const merged: Assignment = { ...base, learnerId: latest.learnerId! };
  if (latest.learnerIdAt !== undefined) merged.learnerIdAt = latest.learnerIdAt;
  return merged;
}

export const mergeAssignments = (
  a: PersistedState['assignments'],
  b: PersistedState['assignments'],
) => mergeRecords(a, b, mergeAssignment);

export const mergeModules = (a: PersistedState['modules'], b: PersistedState['modules']) =>
  mergeRecords(a, b, mergeModule);

export const mergeQuizzes = (a: PersistedState['quizzes'], b: PersistedState['quizzes']) =>
  mergeRecords(a, b, mergeAttempts);

export const mergeScenarios = (a: PersistedState['scenarios'], b: PersistedState['scenarios']) =>
  mergeRecords(a, b, mergeScenario);

export const mergePractice = (a: PersistedState['practice'], b: PersistedState['practice']) =>
  mergeRecords(a, b, mergePracticeStat);

/**
 * The round a learner is in: one at a time, so the one changed last wins. Two copies of the
 * same round (the same start) keep every answer either holds; answers never change once given.
 */
export function mergePracticeRound(
  a: PracticeRound | undefined,
  b: PracticeRound | undefined,
): PracticeRound | undefined {
  if (!a || !b) return a ?? b;
  const latest = newer(a, b, byJson);
  if (a.startedAt !== b.startedAt || a.keys.join() !== b.keys.join()) return latest;
  const older = latest === a ? b : a;
  return {
    ...latest,
    answers: { ...older.answers, ...latest.answers },
    index: Math.max(a.index, b.index),
  };
}
