/**
 * Checks a progress file before it is imported and says what importing it
 * would change. Pure: the store is touched only after the learner confirms.
 * The file is read as storage is: its envelope and the stored state's schema
 * (`Envelope` in src/store/load-persisted.ts), migrated from the version it
 * was written in. Importing merges (src/store/merge.ts), so nothing newer on
 * this device is lost.
 */
import { type LoadProblem, loadPersisted } from '@/store/load-persisted';
import { mergeStates } from '@/store/persisted-fields';
import { notAfter, type PersistedState } from '@/store/schema';

/** Files larger than this are refused unread; a real progress file is far smaller. */
export const MAX_IMPORT_BYTES = 1024 * 1024;

/**
 * How far the clock of the device a file was exported on may have been ahead of
 * this one's. A moment later than that is refused: a file cannot come from the
 * future, and a moment far ahead would win every merge and outlive every reset.
 */
export const IMPORT_CLOCK_SKEW_MS = 24 * 60 * 60 * 1000;

export type ImportProblem = LoadProblem | 'too-large' | 'unreadable';

export interface ImportChanges {
  newAttempts: number;
  /** Attempts already here that the file holds a newer copy of (e.g. finished there). */
  updatedAttempts: number;
  pagesRead: number;
  endings: number;
  assignments: number;
  /** The name or language from the file is newer and will replace this device's. */
  settings: boolean;
  /** Anything at all differs, including where the learner left off. */
  any: boolean;
}

export type ImportPreview =
  | { ok: false; problem: ImportProblem }
  | {
      ok: true;
      imported: PersistedState;
      merged: PersistedState;
      changes: ImportChanges;
      /** Part of the file was not valid and is left out; `imported` is what is valid. */
      partial: boolean;
    };

const newItems = (before: readonly string[] | undefined, after: readonly string[]) =>
  after.filter((x) => !(before ?? []).includes(x)).length;

/** What `merged` holds that `current` does not. */
export function countChanges(current: PersistedState, merged: PersistedState): ImportChanges {
  let newAttempts = 0;
  let updatedAttempts = 0;
  for (const [moduleId, attempts] of Object.entries(merged.quizzes)) {
    const mine = new Map((current.quizzes[moduleId] ?? []).map((a) => [a.id, a]));
    for (const attempt of attempts) {
      const before = mine.get(attempt.id);
      if (!before) newAttempts++;
      else if (JSON.stringify(before) !== JSON.stringify(attempt)) updatedAttempts++;
    }
  }
  let pagesRead = 0;
  for (const [moduleId, module] of Object.entries(merged.modules)) {
    pagesRead += newItems(current.modules[moduleId]?.lessonsVisited, module.lessonsVisited);
  }
  let endings = 0;
  for (const [key, scenario] of Object.entries(merged.scenarios)) {
    endings += newItems(current.scenarios[key]?.endingsFound, scenario.endingsFound);
  }
  const assignments = newItems(Object.keys(current.assignments), Object.keys(merged.assignments));
  const settings =
    merged.settings.learnerName !== current.settings.learnerName ||
    merged.settings.language !== current.settings.language ||
    JSON.stringify(merged.settings.tracks) !== JSON.stringify(current.settings.tracks);
  return {
    newAttempts,
    updatedAttempts,
    pagesRead,
    endings,
    assignments,
    settings,
    any: JSON.stringify(merged) !== JSON.stringify(current),
  };
}

/**
 * Reads a file's text as a progress file and previews merging it into `current`.
 * Of a file that is partly invalid (or holds moments in the future), the valid
 * part is offered; a file with nothing valid is refused.
 */
export function previewImport(
  current: PersistedState,
  text: string,
  now = Date.now(),
): ImportPreview {
  const result = notAfter(now + IMPORT_CLOCK_SKEW_MS, () => loadPersisted(text));
  const imported = result.ok ? result.state : result.problem === 'invalid' ? result.partial : null;
  if (!imported) return { ok: false, problem: result.ok ? 'invalid' : result.problem };
  const merged = mergeStates(current, imported);
  return {
    ok: true,
    imported,
    merged,
    changes: countChanges(current, merged),
    partial: !result.ok,
  };
}
