/**
 * One learner session with the LMS. On start: Initialize, read the suspend
 * data and merge it into the store, so progress made on another computer
 * comes back. Then, on every change and every move to another page
 * (debounced) and when the page is hidden or left: write suspend data,
 * status, score, objectives, location, the learner's language, each new
 * answer as an interaction, session time and exit, and Commit. Terminate
 * when the page goes away.
 *
 * Local storage is never replaced: the store keeps saving there as before,
 * so a failed call or a lost connection loses nothing. A failed write is
 * tried again with the next change and on a timer, waiting longer each time
 * (up to a minute).
 */
import { isLanguage, type Language } from '@/config/languages';
import { mergeStates, persistedPart } from '@/store/persisted-fields';
import type { PersistedState } from '@/store/schema';
import type { useAppStore } from '@/store/store';
import { cmiValues, ELEMENTS, objectiveSlots } from './cmi-values';
import type { CourseIndex } from './course-index';
import type { LmsApi } from './find-api';
import {
  type Answer,
  answersIn,
  type Interaction,
  type InteractionResult,
  MAX_INTERACTIONS,
  toInteraction,
} from './interactions';
import { atLeastRecorded, courseReport, type LmsRecord } from './report';
import {
  decodeSuspendData,
  encodeSuspendData,
  SCORM12_SUSPEND_LIMIT,
  SUSPEND_FORMAT_VERSION,
  suspendFormatVersion,
  toSavedState,
} from './suspend-data';

export interface SessionOptions {
  api: LmsApi;
  store: Pick<typeof useAppStore, 'getState' | 'subscribe'>;
  loadIndex: () => Promise<CourseIndex>;
  win?: Window;
  now?: () => number;
  /** Quiet time after a change before writing (ms). */
  debounceMs?: number;
  /** First wait before a failed write or load is tried again (ms); doubles each time. */
  retryMs?: number;
  maxRetryMs?: number;
  /** How long `startLmsSession` waits for the course index before letting the app start (ms). */
  waitMs?: number;
  /**
   * The result of a dilemma choice (see `choiceResult`), looked up in the content; without it,
   * or when it gives nothing, a dilemma choice is reported without a result.
   */
  rateChoice?: (
    moduleId: string,
    scenarioId: string,
    stepId: string,
    choiceId: string,
  ) => Promise<InteractionResult | undefined>;
}

export type SessionStatus = 'loading' | 'ready' | 'read-only' | 'terminated';

export interface LmsSession {
  readonly status: SessionStatus;
  /** Writes everything now and commits; false when the LMS refused or could not be reached. */
  flush(): boolean;
  /** Writes what it can, then ends the session with the LMS. */
  terminate(): void;
}

/** SCORM 2004 4th edition keeps at least this many characters of suspend data. */
const SCORM2004_SUSPEND_LIMIT = 64000;
/** Error codes for a value the LMS will never take (wrong element or type): not worth retrying. */
const isDataError = (code: number) => code >= 401 && code <= 408;
/** Error codes meaning the LMS has forgotten the session: Initialize again before retrying. */
const NOT_INITIALIZED = { '1.2': [301], '2004': [122, 132, 142] } as const;
const SAFE_LOCATION = /^#\/[\w\-./?=&%~]*$/;

/** The language of the learner's preference in the LMS, if the course has it (`en-GB` is `en`). */
export function preferredLanguage(value: string): Language | undefined {
  const code = value.trim().split('-')[0]?.toLowerCase();
  return isLanguage(code) ? code : undefined;
}

/** An answer on its way to the LMS; a dilemma choice waits for its result. */
interface Queued {
  interaction: Interaction;
  ready: boolean;
}

function readObjectiveIds(api: LmsApi): string[] {
  const count = Math.min(Number(api.getValue(ELEMENTS[api.version].objectiveCount)) || 0, 100);
  return Array.from({ length: count }, (_, n) => api.getValue(`cmi.objectives.${n}.id`));
}

/** A score the LMS holds (0–100) as a share, if there is one. */
function share(raw: string): number | undefined {
  const value = raw.trim() === '' ? NaN : Number(raw);
  return Number.isFinite(value) && value >= 0 && value <= 100 ? value / 100 : undefined;
}

/** What the LMS recorded before this session: passed or not, scores, per objective too. */
function readRecord(api: LmsApi, objectiveIds: string[]): LmsRecord {
  const v12 = api.version === '1.2';
  const passed = (status: string) => status === 'passed';
  const record: LmsRecord = {
    passed: passed(api.getValue(v12 ? 'cmi.core.lesson_status' : 'cmi.success_status')),
    modules: {},
  };
  const score = share(api.getValue(v12 ? 'cmi.core.score.raw' : 'cmi.score.raw'));
  if (score !== undefined) record.score = score;
  objectiveIds.forEach((id, n) => {
    const prefix = `cmi.objectives.${n}`;
    const best = share(api.getValue(`${prefix}.score.raw`));
    record.modules[id] = {
      passed: passed(api.getValue(`${prefix}.${v12 ? 'status' : 'success_status'}`)),
      ...(best === undefined ? {} : { best }),
    };
  });
  return record;
}

/**
 * Starts the session; null when the LMS refuses to initialize. Resolves once
 * the LMS's progress is merged into the store, or after `waitMs` at most
 * (the merge then happens when the course index arrives).
 */
export async function startLmsSession(options: SessionOptions): Promise<LmsSession | null> {
  const {
    api,
    store,
    loadIndex,
    win = window,
    now = Date.now,
    debounceMs = 1000,
    retryMs = 2000,
    maxRetryMs = 60000,
    waitMs = 4000,
    rateChoice,
  } = options;
  if (!api.initialize()) return null;

  const startedAt = now();
  const limit = api.version === '1.2' ? SCORM12_SUSPEND_LIMIT : SCORM2004_SUSPEND_LIMIT;
  const saved = api.getValue(ELEMENTS[api.version].suspendData);
  const savedLocation = api.getValue(ELEMENTS[api.version].location);
  const existingObjectives = readObjectiveIds(api);
  const record = readRecord(api, existingObjectives);
  const preferred = preferredLanguage(api.getValue(ELEMENTS[api.version].language));
  // Interactions are a journal (write-only in SCORM 1.2): this session's answers go after the
  // ones the LMS holds. What the learner had answered before this session was reported then.
  const heldInteractions = Math.max(
    Math.floor(Number(api.getValue(ELEMENTS[api.version].interactionCount)) || 0),
    0,
  );
  const known = new Set(answersIn(persistedPart(store.getState())).map((a) => a.key));
  const queue: Queued[] = [];

  let status: SessionStatus = 'loading';
  let readOnly = false;
  let index: CourseIndex | undefined;
  let slots: Record<string, number> = {};
  const sent = new Map<string, string>();
  let failures = 0;
  let debounce: ReturnType<typeof setTimeout> | undefined;
  let retry: ReturnType<typeof setTimeout> | undefined;

  // Come back to the page the learner left, unless the launch asked for one.
  if (SAFE_LOCATION.test(savedLocation) && ['', '#', '#/'].includes(win.location.hash)) {
    win.history.replaceState(win.history.state, '', savedLocation);
  }

  const backoff = () => Math.min(retryMs * 2 ** Math.max(failures - 1, 0), maxRetryMs);

  function scheduleRetry() {
    clearTimeout(retry);
    retry = setTimeout(() => {
      retry = undefined;
      if (status === 'ready') flush();
    }, backoff());
  }

  /** The queued answers up to the first still waiting for its result, numbered after the LMS's. */
  function readyInteractions() {
    const waiting = queue.findIndex((q) => !q.ready);
    return queue
      .slice(0, waiting === -1 ? queue.length : waiting)
      .map((q, i) => ({ n: heldInteractions + i, interaction: q.interaction }));
  }

  function write(): boolean {
    const state = persistedPart(store.getState());
    const values = cmiValues(api.version, {
      report: atLeastRecorded(courseReport(state, index!), record),
      suspendData: encodeSuspendData(state, index!, limit),
      sessionMs: now() - startedAt,
      location: win.location.hash,
      slots,
      language: state.settings.language,
      interactions: readyInteractions(),
    });
    for (const [element, value] of values) {
      if (sent.get(element) === value) continue;
      if (!api.setValue(element, value) && !isDataError(api.lastError())) return false;
      sent.set(element, value);
    }
    return api.commit();
  }

  function flush(): boolean {
    clearTimeout(debounce);
    debounce = undefined;
    if (status !== 'ready') return false;
    if (
      failures > 0 &&
      (NOT_INITIALIZED[api.version] as readonly number[]).includes(api.lastError())
    ) {
      api.initialize();
    }
    let stored = false;
    try {
      stored = write();
    } catch {
      stored = false;
    }
    if (stored) {
      failures = 0;
      clearTimeout(retry);
      retry = undefined;
      return true;
    }
    // Not known to be stored: send everything again next time.
    sent.clear();
    failures++;
    scheduleRetry();
    return false;
  }

  function schedule() {
    if (status !== 'ready') return;
    clearTimeout(debounce);
    debounce = setTimeout(flush, debounceMs);
  }

  /** Queues each answer not seen before, once, up to the LMS's limit. */
  function collect(state: Pick<PersistedState, 'quizzes' | 'scenarios'>) {
    for (const answer of answersIn(state)) {
      if (known.has(answer.key)) continue;
      known.add(answer.key);
      if (heldInteractions + queue.length >= MAX_INTERACTIONS) continue;
      enqueue(answer);
    }
  }

  function enqueue(answer: Answer) {
    const interaction = toInteraction(answer);
    if (!interaction) return;
    if (answer.kind === 'quiz' || !rateChoice) {
      queue.push({ interaction, ready: true });
      return;
    }
    const queued: Queued = { interaction, ready: false };
    queue.push(queued);
    const done = (result: InteractionResult | undefined) => {
      if (result) queued.interaction = { ...interaction, result };
      queued.ready = true;
      schedule();
    };
    rateChoice(answer.moduleId, answer.scenarioId, answer.stepId, answer.choiceId).then(done, () =>
      done(undefined),
    );
  }

  function adopt(loaded: CourseIndex) {
    index = loaded;
    slots = objectiveSlots(existingObjectives, [
      ...loaded.modules.map((m) => m.id),
      ...loaded.parts.map((p) => p.id),
    ]);
    const version = saved ? suspendFormatVersion(saved) : null;
    if (version !== null && version > SUSPEND_FORMAT_VERSION) {
      // Written by a newer version of the course: leave it for that version to read.
      readOnly = true;
      status = 'read-only';
      return;
    }
    const decoded = saved ? decodeSuspendData(saved, loaded) : null;
    const current = persistedPart(store.getState());
    const fromLms = decoded && toSavedState(decoded, current.settings.language);
    if (fromLms) {
      // Answers in the LMS's copy were reported by the session that made them.
      for (const answer of answersIn(fromLms)) known.add(answer.key);
      const merged = mergeStates(current, fromLms);
      if (JSON.stringify(merged) !== JSON.stringify(current)) store.getState().replaceAll(merged);
    }
    // Start in the language the LMS keeps as the learner's preference, unless the learner chose
    // another on this computer since the LMS last heard from the course (suspend data keeps
    // times to the second).
    const localChoice = Math.floor(current.settings.updatedAt / 1000) * 1000;
    if (preferred && localChoice <= (fromLms?.settings.updatedAt ?? 0)) {
      store.getState().setLanguage(preferred);
    }
    status = 'ready';
    flush();
  }

  const ready = new Promise<void>((resolve) => {
    let loadFailures = 0;
    const load = () => {
      loadIndex().then(
        (loaded) => {
          if (status === 'loading') adopt(loaded);
          resolve();
        },
        () => {
          loadFailures++;
          if (status === 'loading') {
            setTimeout(load, Math.min(retryMs * 2 ** (loadFailures - 1), maxRetryMs));
          }
        },
      );
    };
    load();
  });

  store.subscribe((state, previous) => {
    if (state.quizzes !== previous.quizzes || state.scenarios !== previous.scenarios) {
      collect(state);
    }
    schedule();
  });
  const onHashChange = () => schedule();
  // The router moves with history.pushState, which fires no event: follow it, so that every
  // move to another page (the start page too) reaches the LMS, not only the last one on exit.
  for (const method of ['pushState', 'replaceState'] as const) {
    const original = win.history[method];
    if (typeof original !== 'function') continue;
    win.history[method] = function (this: History, ...args: Parameters<History['pushState']>) {
      original.apply(this, args);
      schedule();
    };
  }
  win.addEventListener('popstate', onHashChange);
  const onHidden = () => {
    if (win.document.visibilityState === 'hidden') flush();
  };
  const onBeforeUnload = () => flush();
  const onPageHide = () => session.terminate();
  const onPageShow = (event: PageTransitionEvent) => {
    // Back from the browser's page cache after Terminate: start a new session if the LMS allows.
    if (event.persisted && status === 'terminated' && index && api.initialize()) {
      status = readOnly ? 'read-only' : 'ready';
      sent.clear();
      flush();
    }
  };
  win.addEventListener('hashchange', onHashChange);
  win.document.addEventListener('visibilitychange', onHidden);
  win.addEventListener('beforeunload', onBeforeUnload);
  win.addEventListener('pagehide', onPageHide);
  win.addEventListener('pageshow', onPageShow);

  const session: LmsSession = {
    get status() {
      return status;
    },
    flush,
    terminate() {
      if (status === 'terminated') return;
      if (status === 'ready') flush();
      clearTimeout(debounce);
      clearTimeout(retry);
      status = 'terminated';
      api.terminate();
    },
  };

  await Promise.race([ready, new Promise((resolve) => setTimeout(resolve, waitMs))]);
  return session;
}
