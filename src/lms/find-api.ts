/**
 * Finds the LMS's SCORM API the standard way (ADL's discovery algorithm):
 * `API_1484_11` (SCORM 2004) or `API` (SCORM 1.2) on this window, its
 * parents, and the window that opened it and that window's parents. Wraps
 * whichever is found in one interface whose calls never throw.
 */
import type { ScormVersion } from './scorm-types';

/** How far up the frames to look; LMS players nest the course a few levels deep. */
const MAX_LEVELS = 10;

interface Scorm12Api {
  LMSInitialize(arg: ''): unknown;
  LMSFinish(arg: ''): unknown;
  LMSGetValue(element: string): unknown;
  LMSSetValue(element: string, value: string): unknown;
  LMSCommit(arg: ''): unknown;
  LMSGetLastError(): unknown;
}

interface Scorm2004Api {
  Initialize(arg: ''): unknown;
  Terminate(arg: ''): unknown;
  GetValue(element: string): unknown;
  SetValue(element: string, value: string): unknown;
  Commit(arg: ''): unknown;
  GetLastError(): unknown;
}

/** The LMS API, the same for both versions. A call that fails or throws returns false (or ''). */
export interface LmsApi {
  version: ScormVersion;
  initialize(): boolean;
  terminate(): boolean;
  commit(): boolean;
  getValue(element: string): string;
  setValue(element: string, value: string): boolean;
  /** The LMS's last error code (0 when none, or when it cannot be read). */
  lastError(): number;
}

const ok = (result: unknown) => result === true || result === 'true';

function attempt<T>(call: () => T, fallback: T): T {
  try {
    return call();
  } catch {
    return fallback;
  }
}

function wrap12(api: Scorm12Api): LmsApi {
  return {
    version: '1.2',
    initialize: () => attempt(() => ok(api.LMSInitialize('')), false),
    terminate: () => attempt(() => ok(api.LMSFinish('')), false),
    commit: () => attempt(() => ok(api.LMSCommit('')), false),
    getValue: (element) => attempt(() => String(api.LMSGetValue(element) ?? ''), ''),
    setValue: (element, value) => attempt(() => ok(api.LMSSetValue(element, value)), false),
    lastError: () => attempt(() => Number(api.LMSGetLastError()) || 0, 0),
  };
}

function wrap2004(api: Scorm2004Api): LmsApi {
  return {
    version: '2004',
    initialize: () => attempt(() => ok(api.Initialize('')), false),
    terminate: () => attempt(() => ok(api.Terminate('')), false),
    commit: () => attempt(() => ok(api.Commit('')), false),
    getValue: (element) => attempt(() => String(api.GetValue(element) ?? ''), ''),
    setValue: (element, value) => attempt(() => ok(api.SetValue(element, value)), false),
    lastError: () => attempt(() => Number(api.GetLastError()) || 0, 0),
  };
}

const NAMES = { '2004': 'API_1484_11', '1.2': 'API' } as const;

/** The windows to search, nearest first: this one and its parents, then the opener and its parents. */
function candidates(start: Window): Window[] {
  const found: Window[] = [];
  const climb = (win: Window | null) => {
    for (let level = 0; win && level <= MAX_LEVELS; level++) {
      if (found.includes(win)) return;
      found.push(win);
      const parent = attempt(() => win!.parent, null);
      if (!parent || parent === win) return;
      win = parent;
    }
  };
  climb(start);
  climb(attempt(() => start.opener as Window | null, null));
  return found;
}

function lookUp(win: Window, version: ScormVersion): LmsApi | null {
  // A frame from another origin throws on access: it is skipped.
  const candidate = attempt(
    () => (win as unknown as Record<string, unknown>)[NAMES[version]],
    null,
  );
  if (typeof candidate !== 'object' || candidate === null) return null;
  if (version === '2004') {
    return typeof (candidate as Scorm2004Api).Initialize === 'function'
      ? wrap2004(candidate as Scorm2004Api)
      : null;
  }
  return typeof (candidate as Scorm12Api).LMSInitialize === 'function'
    ? wrap12(candidate as Scorm12Api)
    : null;
}

/** The version the package's manifest asked for (`?lms=scorm12` or `?lms=scorm2004`), if any. */
export function versionHint(search: string): ScormVersion | undefined {
  const value = new URLSearchParams(search).get('lms');
  return value === 'scorm12' ? '1.2' : value === 'scorm2004' ? '2004' : undefined;
}

/**
 * The nearest LMS API, or null when the course does not run in an LMS. The
 * `preferred` version is looked for first in every window; without it,
 * SCORM 2004 comes before SCORM 1.2.
 */
export function findLmsApi(start: Window, preferred?: ScormVersion): LmsApi | null {
  const order: ScormVersion[] = preferred === '1.2' ? ['1.2', '2004'] : ['2004', '1.2'];
  const windows = candidates(start);
  for (const version of order) {
    for (const win of windows) {
      const api = lookUp(win, version);
      if (api) return api;
    }
  }
  return null;
}
