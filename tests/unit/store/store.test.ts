import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { BACKUP_PREFIX } from '@/store/backups';
import { STORAGE_KEY } from '@/store/safe-storage';
import { STORAGE_VERSION } from '@/store/schema';
import { useStorageStatus } from '@/store/storage-status';
import { createAppStore } from '@/store/store';
import { FlakyStorage } from './flaky-storage';

const v1 = readFileSync('tests/fixtures/storage/v1.json', 'utf8');

afterEach(() => {
  useStorageStatus.setState({ health: 'ok', recovered: null });
});

describe('the app store', () => {
  it('restores saved progress on start', () => {
    const storage = new FlakyStorage();
    storage.setItem(STORAGE_KEY, v1);
    const store = createAppStore(storage);
    expect(store.getState().settings.language).toBe('en');
    expect(store.getState().modules['what-is-corruption']?.currentLesson).toBe('public-sector');
  });

  it('saves only what the learner owns, under its namespaced key', () => {
    const storage = new FlakyStorage();
    const store = createAppStore(storage);
    store.getState().visitLesson('what-is-corruption', 'definition');
    const saved = JSON.parse(storage.getItem(STORAGE_KEY)!);
    expect(saved.version).toBe(STORAGE_VERSION);
    expect(Object.keys(saved.state).sort()).toEqual([
      'assignments',
      'modules',
      'practice',
      'quizzes',
      'scenarios',
      'settings',
    ]);
    expect(saved.state.modules['what-is-corruption'].lessonsVisited).toEqual(['definition']);
  });

  it('copies an unreadable value to a backup key, starts clean and says so', () => {
    const storage = new FlakyStorage();
    storage.setItem(STORAGE_KEY, '{"state": broken');
    const store = createAppStore(storage);
    expect(store.getState().modules).toEqual({});
    const recovered = useStorageStatus.getState().recovered;
    expect(recovered).toMatchObject({ problem: 'corrupt', keptPart: false });
    expect(recovered?.backupKey?.startsWith(BACKUP_PREFIX)).toBe(true);
    expect(storage.getItem(recovered!.backupKey!)).toBe('{"state": broken');
    expect(storage.getItem(STORAGE_KEY)).toBeNull();
  });

  it('starts from everything valid when one field of one attempt is bad (issue 12, break 5)', () => {
    const storage = new FlakyStorage();
    const broken = JSON.parse(v1);
    broken.state.quizzes['what-is-corruption'][0].answers['ti-definition'].at = 9e15;
    storage.setItem(STORAGE_KEY, JSON.stringify(broken));
    const store = createAppStore(storage);
    const attempt = store.getState().quizzes['what-is-corruption']?.[0];
    expect(attempt?.finishedAt).toBeDefined();
    expect(Object.keys(attempt?.answers ?? {})).not.toContain('ti-definition');
    expect(store.getState().modules['what-is-corruption']?.lessonsVisited).toHaveLength(2);
    expect(store.getState().settings.learnerName).toBe('Kim Andersson');
    const recovered = useStorageStatus.getState().recovered;
    expect(recovered).toMatchObject({ problem: 'invalid', keptPart: true });
    // The original is kept as it was, and what is valid takes its place.
    expect(storage.getItem(recovered!.backupKey!)).toBe(JSON.stringify(broken));
    expect(JSON.parse(storage.getItem(STORAGE_KEY)!).state.settings.learnerName).toBe(
      'Kim Andersson',
    );
  });

  it('never overwrites an unreadable value it could not back up', () => {
    const storage = new FlakyStorage();
    storage.setItem(STORAGE_KEY, 'not json');
    storage.failWrites = new DOMException('full', 'QuotaExceededError');
    const store = createAppStore(storage);
    storage.failWrites = null;
    store.getState().visitLesson('what-is-corruption', 'definition');
    expect(storage.getItem(STORAGE_KEY)).toBe('not json');
    // It says so: no copy was made, so nothing is written (see storage-notices).
    expect(useStorageStatus.getState().recovered).toEqual({
      problem: 'corrupt',
      backupKey: null,
      keptPart: false,
    });
  });

  it('keeps working in memory when storage is unavailable, and says progress will not be kept', () => {
    const store = createAppStore(null);
    store.getState().visitLesson('what-is-corruption', 'definition');
    expect(store.getState().modules['what-is-corruption']?.lessonsVisited).toEqual(['definition']);
    expect(useStorageStatus.getState().health).toBe('unavailable');
  });

  it('keeps the progress in memory when a save hits the quota', () => {
    const storage = new FlakyStorage();
    const store = createAppStore(storage);
    storage.failWrites = new DOMException('full', 'QuotaExceededError');
    store.getState().visitLesson('what-is-corruption', 'definition');
    expect(store.getState().modules['what-is-corruption']?.lessonsVisited).toEqual(['definition']);
    expect(useStorageStatus.getState().health).toBe('full');
  });

  it('refuses to change an answer already given', () => {
    const store = createAppStore(new FlakyStorage());
    store.getState().startQuizAttempt('m', {
      id: 'a1',
      mode: 'fresh',
      startedAt: 1,
      updatedAt: 1,
      passMark: 0.8,
      questions: [{ id: 'q1', options: ['x', 'y'] }],
      answers: {},
    });
    store.getState().answerQuestion('m', 'a1', 'q1', ['x'], true);
    store.getState().answerQuestion('m', 'a1', 'q1', ['y'], false);
    expect(store.getState().quizzes.m?.[0]?.answers.q1?.selected).toEqual(['x']);
  });
});

describe('practice statistics', () => {
  const key = 'what-is-corruption/friend-consultant/the-tip';

  it('counts answers at a decision point and saves them', () => {
    const storage = new FlakyStorage();
    const store = createAppStore(storage);
    store.getState().recordDecision(key, false);
    store.getState().recordDecision(key, true);
    expect(store.getState().practice[key]).toMatchObject({ seen: 2, wrong: 1, lastRight: true });
    const saved = JSON.parse(storage.getItem(STORAGE_KEY)!);
    expect(saved.state.practice[key]).toMatchObject({ seen: 2, wrong: 1, lastRight: true });
  });

  it('refuses a key that is not a decision point, so the saved state stays readable', () => {
    const storage = new FlakyStorage();
    const store = createAppStore(storage);
    store.getState().recordDecision('what-is-corruption/friend-consultant', false);
    store.getState().recordDecision('', true);
    expect(store.getState().practice).toEqual({});
    store.getState().recordDecision(key, true);
    const reloaded = createAppStore(storage);
    expect(Object.keys(reloaded.getState().practice)).toEqual([key]);
  });

  it('counts a choice made in a dilemma when told whether it was the best', () => {
    const store = createAppStore(new FlakyStorage());
    store.getState().startScenario('what-is-corruption/friend-consultant');
    store
      .getState()
      .chooseInScenario(
        'what-is-corruption/friend-consultant',
        'the-tip',
        'ignore',
        undefined,
        false,
      );
    expect(store.getState().practice[key]).toMatchObject({ seen: 1, wrong: 1, lastRight: false });
    // A second choice at the same step is refused, and is not counted either.
    store
      .getState()
      .chooseInScenario(
        'what-is-corruption/friend-consultant',
        'the-tip',
        'tell-manager',
        undefined,
        true,
      );
    expect(store.getState().practice[key]).toMatchObject({ seen: 1, wrong: 1 });
  });

  it('leaves the statistics alone when a dilemma choice comes without a verdict', () => {
    const store = createAppStore(new FlakyStorage());
    store.getState().chooseInScenario('what-is-corruption/friend-consultant', 'the-tip', 'x');
    expect(store.getState().scenarios['what-is-corruption/friend-consultant']?.run?.path).toEqual([
      ['the-tip', 'x'],
    ]);
    expect(store.getState().practice).toEqual({});
  });

  it('forgets them with everything else', () => {
    const store = createAppStore(new FlakyStorage());
    store.getState().recordDecision(key, true);
    store.getState().resetAll();
    expect(store.getState().practice).toEqual({});
  });
});

describe('the tracks chosen for the learner’s role', () => {
  it('are missing until chosen, kept once each, saved, and forgotten on a reset', () => {
    const storage = new FlakyStorage();
    const store = createAppStore(storage);
    expect(store.getState().settings.tracks).toBeUndefined();
    store.getState().setTracks(['procurement', 'managers', 'procurement']);
    expect(store.getState().settings.tracks).toEqual(['procurement', 'managers']);
    expect(JSON.parse(storage.getItem(STORAGE_KEY)!).state.settings.tracks).toEqual([
      'procurement',
      'managers',
    ]);
    store.getState().setTracks([]);
    expect(store.getState().settings.tracks).toEqual([]);
    store.getState().setTracks(['procurement']);
    store.getState().resetAll();
    expect(store.getState().settings.tracks).toBeUndefined();
  });
});

describe('two tabs', () => {
  it('merges what another tab saved without losing this tab’s own progress', () => {
    const storage = new FlakyStorage();
    const store = createAppStore(storage);
    store.getState().visitLesson('module-a', 'lesson-1');

    const other = JSON.parse(v1);
    window.dispatchEvent(
      new StorageEvent('storage', { key: STORAGE_KEY, newValue: JSON.stringify(other) }),
    );

    const state = store.getState();
    expect(state.modules['module-a']?.lessonsVisited).toEqual(['lesson-1']);
    expect(state.modules['what-is-corruption']?.lessonsVisited).toEqual([
      'definition',
      'public-sector',
    ]);
    expect(state.quizzes['what-is-corruption']).toHaveLength(1);
  });

  it('ignores a broken value from another tab', () => {
    const store = createAppStore(new FlakyStorage());
    store.getState().visitLesson('module-a', 'lesson-1');
    window.dispatchEvent(new StorageEvent('storage', { key: STORAGE_KEY, newValue: '{oops' }));
    expect(store.getState().modules['module-a']?.lessonsVisited).toEqual(['lesson-1']);
  });
});
