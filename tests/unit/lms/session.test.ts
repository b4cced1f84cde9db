import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { hasPassed } from '@/domain/attempts';
import { choiceResult } from '@/lms/interactions';
import type { LmsApi } from '@/lms/find-api';
import { startLmsSession } from '@/lms/session';
import { decodeSuspendData, encodeSuspendData } from '@/lms/suspend-data';
import { STORAGE_KEY } from '@/store/safe-storage';
import { emptyState } from '@/store/persisted-fields';
import { createAppStore } from '@/store/store';
import { finishedAttempt, index, modules, openAttempt, seeded, T0 } from './course';

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
    const count = /^cmi\.(objectives|interactions)\._count$/.exec(element);
    if (count) {
      const id = new RegExp(`^cmi\\.${count[1]}\\.\\d+\\.id$`);
      return String(Object.keys(this.data).filter((k) => id.test(k)).length);
    }
    return this.data[element] ?? '';
  }
  /** Every value sent, in order, whether it arrived or not. */
  log: [string, string][] = [];
  setValue(element: string, value: string) {
    this.log.push([element, value]);
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
      pushState: (_state: unknown, _title: string, url: string) => {
        win.location.hash = url;
      },
    },
    document,
  });
  return win;
}

const first = modules[0]!;

/** The result of a choice, looked up in the real course as the app does (src/lms/connect.ts). */
async function rateChoice(moduleId: string, scenarioId: string, stepId: string, choiceId: string) {
  const step = modules
    .find((m) => m.id === moduleId)
    ?.scenarios.find((s) => s.id === scenarioId)
    ?.steps.find((s) => s.id === stepId);
  const choice = step?.choices.find((c) => c.id === choiceId);
  return step && choice ? choiceResult(step, choice) : undefined;
}

async function start(lms: FakeLms, win = fakeWindow(), storage = new MemoryStorage()) {
  const store = createAppStore(storage);
  const session = await startLmsSession({
    api: lms,
    store,
    loadIndex: async () => index,
    win: win as unknown as Window,
    rateChoice,
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

const quiz = first.quiz.questions;
const scenario = first.scenarios[0]!;
const scenarioKey = `${first.id}/${scenario.id}`;
const firstStep = scenario.steps.find((s) => s.id === scenario.start)!;

/** Starts a quiz attempt (nothing answered yet) and answers its first `n` questions, right then wrong. */
function answer(store: ReturnType<typeof createAppStore>, n: number, seed = 1) {
  const attempt = openAttempt(first, seeded(seed), Date.now(), 0);
  store.getState().startQuizAttempt(first.id, attempt);
  return attempt.questions.slice(0, n).map((drawn, i) => {
    const question = quiz.find((q) => q.id === drawn.id)!;
    const right = i % 2 === 0;
    const selected = right
      ? question.options.filter((o) => o.correct).map((o) => o.id)
      : [question.options.find((o) => !o.correct)!.id];
    store.getState().answerQuestion(first.id, attempt.id, drawn.id, selected, right);
    return { id: drawn.id, selected, right };
  });
}

/** How many times each interaction number's id was sent. */
const idSends = (lms: FakeLms) =>
  lms.log
    .filter(([element]) => /^cmi\.interactions\.\d+\.id$/.test(element))
    .reduce<Record<string, number>>(
      (n, [element]) => ({ ...n, [element]: (n[element] ?? 0) + 1 }),
      {},
    );

describe('what the LMS is told about the learner', () => {
  for (const [version, element] of [
    ['1.2', 'cmi.core.lesson_location'],
    ['2004', 'cmi.location'],
  ] as const) {
    it(`${version}: writes the location on every move to another page, not only on exit`, async () => {
      const lms = new FakeLms(version, { [element]: '#/progress' });
      const { win } = await start(lms);
      await vi.advanceTimersByTimeAsync(1000);
      expect(lms.committed[element]).toBe('#/progress');
      // The router moves with history.pushState, which fires no hashchange.
      win.history.pushState(null, '', '#/');
      await vi.advanceTimersByTimeAsync(1000);
      expect(lms.committed[element]).toBe('#/');
      win.history.pushState(null, '', `#/modules/${first.id}`);
      await vi.advanceTimersByTimeAsync(1000);
      expect(lms.committed[element]).toBe(`#/modules/${first.id}`);
    });
  }

  it('1.2: reports each quiz answer and dilemma choice once, after the interactions the LMS holds', async () => {
    const lms = new FakeLms('1.2', {
      'cmi.interactions.0.id': 'quiz.old.one',
      'cmi.interactions.1.id': 'quiz.old.two',
    });
    const { store } = await start(lms);
    const [right, wrong] = answer(store, 2);
    await vi.advanceTimersByTimeAsync(1000);
    expect(lms.committed).toMatchObject({
      'cmi.interactions.2.id': `quiz.${first.id}.${right!.id}`,
      'cmi.interactions.2.type': 'choice',
      'cmi.interactions.2.objectives.0.id': first.id,
      'cmi.interactions.2.student_response': right!.selected.join(','),
      'cmi.interactions.2.result': 'correct',
      'cmi.interactions.3.id': `quiz.${first.id}.${wrong!.id}`,
      'cmi.interactions.3.result': 'wrong',
    });
    expect(lms.committed['cmi.interactions.2.time']).toMatch(/^\d\d:\d\d:\d\d$/);

    // A dilemma choice, rated by its quality.
    const choice = firstStep.choices.find((c) => c.quality === 'poor') ?? firstStep.choices[0]!;
    store.getState().startScenario(scenarioKey);
    store.getState().chooseInScenario(scenarioKey, firstStep.id, choice.id);
    await vi.advanceTimersByTimeAsync(1000);
    expect(lms.committed).toMatchObject({
      'cmi.interactions.4.id': `dilemma.${first.id}.${scenario.id}.${firstStep.id}`,
      'cmi.interactions.4.student_response': choice.id,
      'cmi.interactions.4.result': choiceResult(firstStep, choice),
    });

    // Playing it again is a new choice; other changes add nothing, and nothing is sent twice.
    store.getState().startScenario(scenarioKey);
    store.getState().chooseInScenario(scenarioKey, firstStep.id, firstStep.choices[0]!.id);
    store.getState().visitLesson(first.id, 'forms');
    await vi.advanceTimersByTimeAsync(1000);
    store.getState().visitLesson(first.id, 'definition');
    await vi.advanceTimersByTimeAsync(1000);
    expect(lms.committed['cmi.interactions.5.id']).toBe(
      `dilemma.${first.id}.${scenario.id}.${firstStep.id}`,
    );
    expect(lms.committed['cmi.interactions.6.id']).toBeUndefined();
    expect(idSends(lms)).toEqual({
      'cmi.interactions.2.id': 1,
      'cmi.interactions.3.id': 1,
      'cmi.interactions.4.id': 1,
      'cmi.interactions.5.id': 1,
    });
  });

  it('2004: reports answers with [,]-separated responses, correct/incorrect and a timestamp', async () => {
    const lms = new FakeLms('2004');
    const { store } = await start(lms);
    const [right, wrong] = answer(store, 2);
    await vi.advanceTimersByTimeAsync(1000);
    expect(lms.committed).toMatchObject({
      'cmi.interactions.0.id': `quiz.${first.id}.${right!.id}`,
      'cmi.interactions.0.type': 'choice',
      'cmi.interactions.0.learner_response': right!.selected.join('[,]'),
      'cmi.interactions.0.result': 'correct',
      'cmi.interactions.1.result': 'incorrect',
      'cmi.interactions.1.learner_response': wrong!.selected.join('[,]'),
    });
    expect(lms.committed['cmi.interactions.0.timestamp']).toBe('2026-03-02T09:15:42.31Z');
  });

  it('after a relaunch, reports only new answers, after what the LMS holds', async () => {
    const lms = new FakeLms('1.2');
    const storage = new MemoryStorage();
    const firstRun = await start(lms, fakeWindow(), storage);
    answer(firstRun.store, 2);
    firstRun.win.dispatchEvent(new Event('pagehide'));
    expect(lms.committed['cmi.interactions.1.id']).toBeDefined();

    // The same computer: the answers are in local storage and in the LMS.
    const again = new FakeLms('1.2', lms.committed);
    const second = await start(again, fakeWindow(), storage);
    await vi.advanceTimersByTimeAsync(1000);
    expect(idSends(again)).toEqual({});
    const [next] = answer(second.store, 1, 2);
    await vi.advanceTimersByTimeAsync(1000);
    expect(again.committed['cmi.interactions.2.id']).toBe(`quiz.${first.id}.${next!.id}`);
    expect(idSends(again)).toEqual({ 'cmi.interactions.2.id': 1 });

    // Another computer: the answers come back from the suspend data, and are not sent again.
    const elsewhere = new FakeLms('1.2', again.committed);
    await start(elsewhere);
    await vi.advanceTimersByTimeAsync(1000);
    expect(elsewhere.commits).toBeGreaterThan(0);
    expect(idSends(elsewhere)).toEqual({});
  });

  it('writes at most 250 interactions, and the rest of the record goes on', async () => {
    const held = Object.fromEntries(
      Array.from({ length: 249 }, (_, n) => [`cmi.interactions.${n}.id`, `quiz.old.q${n}`]),
    );
    const lms = new FakeLms('2004', held);
    const { store } = await start(lms);
    answer(store, 3);
    store.getState().visitLesson(first.id, 'forms');
    await vi.advanceTimersByTimeAsync(1000);
    expect(lms.committed['cmi.interactions.249.id']).toMatch(/^quiz\./);
    expect(lms.committed['cmi.interactions.250.id']).toBeUndefined();
    expect(committedState(lms)?.modules[first.id]?.lessonsVisited).toEqual(['forms']);
  });

  it('sends an answer again, at the same number, when the write did not arrive', async () => {
    const lms = new FakeLms('2004');
    const { store } = await start(lms);
    lms.online = false;
    const [given] = answer(store, 1);
    await vi.advanceTimersByTimeAsync(1000);
    lms.online = true;
    await vi.advanceTimersByTimeAsync(5000);
    expect(lms.committed['cmi.interactions.0.id']).toBe(`quiz.${first.id}.${given!.id}`);
    expect(lms.committed['cmi.interactions.1.id']).toBeUndefined();
  });

  for (const [version, element] of [
    ['1.2', 'cmi.student_preference.language'],
    ['2004', 'cmi.learner_preference.language'],
  ] as const) {
    it(`${version}: writes the learner's language and starts in it on the next launch`, async () => {
      const lms = new FakeLms(version);
      const { store, win } = await start(lms);
      await vi.advanceTimersByTimeAsync(1000);
      expect(lms.committed[element]).toBe('sv');
      store.getState().setLanguage('en');
      await vi.advanceTimersByTimeAsync(1000);
      expect(lms.committed[element]).toBe('en');
      win.dispatchEvent(new Event('pagehide'));

      // Another computer, with only the preference (not the suspend data) in the LMS.
      const fresh = await start(new FakeLms(version, { [element]: 'en' }));
      expect(fresh.store.getState().settings.language).toBe('en');
      // The preference and the progress both came back.
      const both = await start(new FakeLms(version, lms.committed));
      expect(both.store.getState().settings.language).toBe('en');
    });
  }

  it('takes a regional code for its language, and ignores a language the course does not have', async () => {
    expect(
      (
        await start(new FakeLms('2004', { 'cmi.learner_preference.language': 'en-GB' }))
      ).store.getState().settings.language,
    ).toBe('en');
    const other = await start(new FakeLms('2004', { 'cmi.learner_preference.language': 'de' }));
    expect(other.store.getState().settings.language).toBe('sv');
    await vi.advanceTimersByTimeAsync(1000);
  });

  it('keeps a language the learner chose on this computer since the LMS last heard from it', async () => {
    const storage = new MemoryStorage();
    const local = createAppStore(storage);
    local.getState().setLanguage('en');
    const lms = new FakeLms('1.2', { 'cmi.student_preference.language': 'sv' });
    const { store } = await start(lms, fakeWindow(), storage);
    expect(store.getState().settings.language).toBe('en');
    await vi.advanceTimersByTimeAsync(1000);
    expect(lms.committed['cmi.student_preference.language']).toBe('en');
  });
});
