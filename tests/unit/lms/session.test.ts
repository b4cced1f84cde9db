import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { hasPassed } from '@/domain/attempts';
import type { LmsApi } from '@/lms/find-api';
import { startLmsSession } from '@/lms/session';
import { decodeSuspendData, encodeSuspendData } from '@/lms/suspend-data';
import { STORAGE_KEY } from '@/store/safe-storage';
import { emptyState } from '@/store/persisted-fields';
import { createAppStore } from '@/store/store';
import { finishedAttempt, index, modules, seeded, T0 } from './course';

/** An LMS in memory that can lose its connection, and that remembers what was committed. */
class FakeLms implements LmsApi {
  data: Record<string, string> = {};
  committed: Record<string, string> = {};
  online = true;
  error = 0;
  commits = 0;
  /** Times the suspend data was sent, whether it arrived or not. */
  sends = 0;
  terminated = false;
  rejects = new Set<string>();
  constructor(
    readonly version: '1.2' | '2004',
    saved: Record<string, string> = {},
  ) {
    this.data = { ...saved };
    this.committed = { ...saved };
  }
  initialize() {
    return this.online;
  }
  terminate() {
    this.terminated = true;
    return this.online;
  }
  getValue(element: string) {
    if (element === 'cmi.objectives._count') {
      return String(
        Object.keys(this.data).filter((k) => /^cmi\.objectives\.\d+\.id$/.test(k)).length,
      );
    }
    return this.data[element] ?? '';
  }
  setValue(element: string, value: string) {
    if (element === 'cmi.suspend_data') this.sends++;
    if (!this.online) return this.fail(101);
    if (this.rejects.has(element)) return this.fail(405);
    this.data[element] = value;
    this.error = 0;
    return true;
  }
  commit() {
    this.commits++;
    if (!this.online) return this.fail(101);
    this.committed = { ...this.data };
    return true;
  }
  lastError() {
    return this.error;
  }
  private fail(code: number) {
    this.error = code;
    return false;
  }
}

class MemoryStorage implements Storage {
  map = new Map<string, string>();
  get length() {
    return this.map.size;
  }
  clear() {
    this.map.clear();
  }
  getItem(key: string) {
    return this.map.get(key) ?? null;
  }
  key(i: number) {
    return [...this.map.keys()][i] ?? null;
  }
  removeItem(key: string) {
    this.map.delete(key);
  }
  setItem(key: string, value: string) {
    this.map.set(key, value);
  }
}

/** A window of its own for each session, so page events of one test reach no other. */
function fakeWindow(hash = '') {
  const document = Object.assign(new EventTarget(), { visibilityState: 'visible' });
  const win = Object.assign(new EventTarget(), {
    location: { hash, search: '' },
    history: {
      state: null,
      replaceState: (_state: unknown, _title: string, url: string) => {
        win.location.hash = url;
      },
    },
    document,
  });
  return win;
}

const first = modules[0]!;

async function start(lms: FakeLms, win = fakeWindow()) {
  const storage = new MemoryStorage();
  const store = createAppStore(storage);
  const session = await startLmsSession({
    api: lms,
    store,
    loadIndex: async () => index,
    win: win as unknown as Window,
  });
  return { store, storage, session: session!, win };
}

const committedState = (lms: FakeLms) =>
  decodeSuspendData(lms.committed['cmi.suspend_data']!, index);

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(T0);
});
afterEach(() => {
  vi.useRealTimers();
});

describe('a session with the LMS', () => {
  it('brings back progress saved on another computer', async () => {
    const elsewhere = emptyState('en');
    elsewhere.settings = { language: 'en', learnerName: 'Kim', updatedAt: T0 - 5000 };
    elsewhere.quizzes[first.id] = [finishedAttempt(first, seeded(1), T0 - 90_000, 1)];
    elsewhere.modules[first.id] = {
      lessonsVisited: ['definition', 'forms'],
      updatedAt: T0 - 80_000,
    };
    const lms = new FakeLms('1.2', { 'cmi.suspend_data': encodeSuspendData(elsewhere, index) });
    const { store, storage } = await start(lms);
    expect(hasPassed(store.getState().quizzes[first.id])).toBe(true);
    expect(store.getState().modules[first.id]?.lessonsVisited).toEqual(['definition', 'forms']);
    expect(store.getState().settings.learnerName).toBe('Kim');
    // …and keeps it in local storage too.
    expect(storage.getItem(STORAGE_KEY)).toContain('Kim');
    expect(lms.committed['cmi.objectives.0.status']).toBe('passed');
  });

  it('writes each change about a second later, with status, score, objectives and time', async () => {
    const lms = new FakeLms('2004');
    const { store } = await start(lms);
    store.getState().visitLesson(first.id, 'definition');
    await vi.advanceTimersByTimeAsync(500);
    expect(committedState(lms)?.modules[first.id]).toBeUndefined();
    await vi.advanceTimersByTimeAsync(600);
    expect(committedState(lms)?.modules[first.id]?.lessonsVisited).toEqual(['definition']);
    expect(lms.committed['cmi.completion_status']).toBe('incomplete');
    expect(lms.committed['cmi.success_status']).toBe('unknown');
    expect(lms.committed['cmi.objectives.0.completion_status']).toBe('incomplete');
    expect(lms.committed['cmi.exit']).toBe('suspend');
    expect(lms.committed['cmi.session_time']).toBe('PT1S');

    store.getState().startQuizAttempt(first.id, finishedAttempt(first, seeded(2), T0, 1));
    await vi.advanceTimersByTimeAsync(1000);
    // 100 % in one of the core's modules: the mean over the core.
    const core = index.modules.filter((m) => m.required).length;
    expect(lms.committed['cmi.score.raw']).toBe(String(Math.round(100 / core)));
    expect(lms.committed['cmi.objectives.0.success_status']).toBe('passed');
    // The core and each track are objectives after the modules, with Moodle-safe ids.
    const coreSlot = index.modules.length;
    expect(lms.committed[`cmi.objectives.${coreSlot}.id`]).toBe('course_core');
    expect(lms.committed[`cmi.objectives.${coreSlot}.success_status`]).toBe('unknown');
    expect(lms.committed[`cmi.objectives.${coreSlot}.completion_status`]).toBe('incomplete');
  });

  it('loses nothing while the LMS cannot be reached, and catches up when it can', async () => {
    const lms = new FakeLms('1.2');
    const { store, storage } = await start(lms);
    lms.online = false;
    store.getState().visitLesson(first.id, 'forms');
    await vi.advanceTimersByTimeAsync(1000);
    expect(committedState(lms)?.modules[first.id]).toBeUndefined();
    expect(storage.getItem(STORAGE_KEY)).toContain('forms');

    // Tried again on a timer, waiting longer each time but never more than a minute.
    const before = lms.sends;
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    const retries = lms.sends - before;
    expect(retries).toBeGreaterThanOrEqual(10);
    expect(retries).toBeLessThanOrEqual(20);

    lms.online = true;
    await vi.advanceTimersByTimeAsync(60_000);
    expect(committedState(lms)?.modules[first.id]?.lessonsVisited).toEqual(['forms']);
  });

  it('tries again on the next change, too', async () => {
    const lms = new FakeLms('2004');
    const { store } = await start(lms);
    lms.online = false;
    store.getState().visitLesson(first.id, 'forms');
    await vi.advanceTimersByTimeAsync(1000);
    lms.online = true;
    store.getState().visitLesson(first.id, 'definition');
    await vi.advanceTimersByTimeAsync(1000);
    expect(committedState(lms)?.modules[first.id]?.lessonsVisited.sort()).toEqual([
      'definition',
      'forms',
    ]);
  });

  it('writes at once and terminates when the page is left', async () => {
    const lms = new FakeLms('1.2');
    const { store, win, session } = await start(lms);
    store.getState().visitLesson(first.id, 'forms');
    win.dispatchEvent(new Event('pagehide'));
    expect(committedState(lms)?.modules[first.id]?.lessonsVisited).toEqual(['forms']);
    expect(lms.terminated).toBe(true);
    expect(session.status).toBe('terminated');
    const commits = lms.commits;
    store.getState().visitLesson(first.id, 'definition');
    await vi.advanceTimersByTimeAsync(5000);
    expect(lms.commits).toBe(commits);
  });

  it('comes back to the page the learner left', async () => {
    const lms = new FakeLms('1.2', { 'cmi.core.lesson_location': '#/modules/what-is-corruption' });
    const { win } = await start(lms);
    expect(win.location.hash).toBe('#/modules/what-is-corruption');
    win.location.hash = '#/progress';
    win.dispatchEvent(new Event('hashchange'));
    await vi.advanceTimersByTimeAsync(1000);
    expect(lms.committed['cmi.core.lesson_location']).toBe('#/progress');
  });

  it('does not follow a saved location that is not a page of the app', async () => {
    const lms = new FakeLms('2004', { 'cmi.location': 'javascript:alert(1)' });
    const { win } = await start(lms);
    expect(win.location.hash).toBe('');
  });

  it('goes on writing the rest when the LMS refuses one value', async () => {
    const lms = new FakeLms('1.2');
    lms.rejects.add('cmi.core.lesson_location');
    const { store, win } = await start(lms, fakeWindow('#/modules/x'));
    store.getState().visitLesson(first.id, 'forms');
    win.dispatchEvent(new Event('pagehide'));
    expect(committedState(lms)?.modules[first.id]?.lessonsVisited).toEqual(['forms']);
  });

  it('leaves suspend data written by a newer version of the course alone', async () => {
    const lms = new FakeLms('2004', { 'cmi.suspend_data': '9.future' });
    const { store, win, session } = await start(lms);
    expect(session.status).toBe('read-only');
    store.getState().visitLesson(first.id, 'forms');
    await vi.advanceTimersByTimeAsync(2000);
    win.dispatchEvent(new Event('pagehide'));
    expect(lms.data['cmi.suspend_data']).toBe('9.future');
    expect(lms.commits).toBe(0);
    expect(lms.terminated).toBe(true);
  });

  it('never takes back a pass the LMS recorded, even without suspend data', async () => {
    const lms = new FakeLms('1.2', {
      'cmi.core.lesson_status': 'passed',
      'cmi.core.score.raw': '95',
      'cmi.objectives.0.id': first.id,
      'cmi.objectives.0.status': 'passed',
    });
    const { store } = await start(lms);
    store.getState().visitLesson(first.id, 'forms');
    await vi.advanceTimersByTimeAsync(1000);
    expect(lms.committed['cmi.core.lesson_status']).toBe('passed');
    expect(lms.committed['cmi.core.score.raw']).toBe('95');
    expect(lms.committed['cmi.objectives.0.status']).toBe('passed');
    expect(lms.committed['cmi.objectives.1.status']).toBe('not attempted');
  });

  it('gives up at once when the LMS will not start a session', async () => {
    const lms = new FakeLms('1.2');
    lms.online = false;
    const session = await startLmsSession({
      api: lms,
      store: createAppStore(new MemoryStorage()),
      loadIndex: async () => index,
      win: fakeWindow() as unknown as Window,
    });
    expect(session).toBeNull();
  });

  it('waits for the course before writing, so it never overwrites the LMS with less', async () => {
    const saved = emptyState();
    saved.modules[first.id] = { lessonsVisited: ['forms'], updatedAt: T0 - 1000 };
    const text = encodeSuspendData(saved, index);
    const lms = new FakeLms('1.2', { 'cmi.suspend_data': text });
    let attempts = 0;
    const store = createAppStore(new MemoryStorage());
    const starting = startLmsSession({
      api: lms,
      store,
      loadIndex: async () => {
        attempts++;
        if (attempts < 3) throw new Error('offline');
        return index;
      },
      win: fakeWindow() as unknown as Window,
      waitMs: 100,
    });
    await vi.advanceTimersByTimeAsync(100);
    const session = await starting;
    expect(session?.status).toBe('loading');
    store.getState().visitLesson(first.id, 'definition');
    await vi.advanceTimersByTimeAsync(1500);
    expect(lms.data['cmi.suspend_data']).toBe(text);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(session?.status).toBe('ready');
    expect(committedState(lms)?.modules[first.id]?.lessonsVisited.sort()).toEqual([
      'definition',
      'forms',
    ]);
  });
});
