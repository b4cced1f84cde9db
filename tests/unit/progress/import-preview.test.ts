import { describe, expect, it } from 'vitest';
import { previewImport } from '@/features/progress/import-preview';
import { serialize } from '@/store/load-persisted';
import { STORAGE_VERSION } from '@/store/schema';
import { blankState, finished, V1_TEXT, v1State } from './fixtures';

describe('previewImport', () => {
  it('counts what a good file adds to an empty device', () => {
    const preview = previewImport(blankState(), V1_TEXT);
    expect(preview.ok).toBe(true);
    if (!preview.ok) return;
    expect(preview.changes).toMatchObject({
      newAttempts: 1,
      updatedAttempts: 0,
      pagesRead: 2,
      endings: 1,
      assignments: 0,
      settings: true,
      any: true,
    });
    expect(preview.merged.quizzes['what-is-corruption']).toHaveLength(1);
    expect(preview.merged.settings.learnerName).toBe('Kim Andersson');
  });

  it('finds nothing new in a file holding what the device already has', () => {
    const current = v1State();
    const preview = previewImport(current, serialize(current));
    expect(preview.ok && preview.changes).toMatchObject({
      newAttempts: 0,
      pagesRead: 0,
      any: false,
    });
  });

  it('refuses a file from a newer version', () => {
    const newer = JSON.stringify({ ...JSON.parse(V1_TEXT), version: STORAGE_VERSION + 1 });
    expect(previewImport(blankState(), newer)).toEqual({ ok: false, problem: 'newer' });
  });

  it('refuses text that is not JSON', () => {
    expect(previewImport(blankState(), '{"state": {')).toEqual({ ok: false, problem: 'corrupt' });
    expect(previewImport(blankState(), '')).toEqual({ ok: false, problem: 'corrupt' });
  });

  it.each([
    ['another JSON file', '{"name": "my-app", "version": "1.0.0"}'],
    ['a list', '[1, 2, 3]'],
    ['a state of the wrong shape', JSON.stringify({ state: { quizzes: 'many' }, version: 1 })],
  ])('refuses %s as not a progress file', (_what, text) => {
    expect(previewImport(blankState(), text)).toEqual({ ok: false, problem: 'invalid' });
  });

  it('merges without losing what is newer on this device', () => {
    const current = v1State();
    current.quizzes['what-is-corruption'] = [
      ...current.quizzes['what-is-corruption']!,
      finished('only-here', 3, 0.9),
    ];
    current.settings = { ...current.settings, learnerName: 'Kim A. Andersson', updatedAt: 2e12 };
    current.modules['what-is-corruption'] = {
      lessonsVisited: ['definition', 'public-sector', 'third'],
      currentLesson: 'third',
      updatedAt: 2e12,
    };

    const file = v1State();
    file.quizzes['bribery-and-the-law'] = [finished('only-there', 2, 1)];
    file.settings = { ...file.settings, learnerName: 'Old Name', updatedAt: 1 };

    const preview = previewImport(current, serialize(file));
    expect(preview.ok).toBe(true);
    if (!preview.ok) return;
    const { merged, changes } = preview;
    expect(merged.quizzes['what-is-corruption']?.map((a) => a.id)).toContain('only-here');
    expect(merged.quizzes['bribery-and-the-law']?.map((a) => a.id)).toEqual(['only-there']);
    expect(merged.settings.learnerName).toBe('Kim A. Andersson');
    expect(merged.modules['what-is-corruption']?.currentLesson).toBe('third');
    expect(changes).toMatchObject({ newAttempts: 1, pagesRead: 0, settings: false });
  });

  it('counts an attempt finished in the file but unfinished here as updated, not new', () => {
    const done = finished('same', 1, 0.9);
    const { finishedAt: _f, score: _s, passed: _p, ...open } = done;
    const current = blankState();
    current.quizzes.m = [{ ...open, updatedAt: done.updatedAt + 5 }];
    const file = blankState();
    file.quizzes.m = [done];
    const preview = previewImport(current, serialize(file));
    expect(preview.ok && preview.changes).toMatchObject({ newAttempts: 0, updatedAttempts: 1 });
    expect(preview.ok && preview.merged.quizzes.m?.[0]?.finishedAt).toBe(done.finishedAt);
  });

  it('offers what is valid of a file with one bad attempt, and says part is left out', () => {
    const file = JSON.parse(V1_TEXT);
    const [attempt] = file.state.quizzes['what-is-corruption'];
    file.state.quizzes['what-is-corruption'].push({ ...attempt, id: 'bad', finishedAt: -1 });
    const preview = previewImport(blankState(), JSON.stringify(file));
    if (!preview.ok) throw new Error('expected a preview');
    expect(preview.partial).toBe(true);
    expect(preview.imported.quizzes['what-is-corruption']?.map((a) => a.id)).toEqual([attempt.id]);
    expect(preview.imported.modules['what-is-corruption']?.lessonsVisited).toHaveLength(2);
  });

  it('leaves out a moment from the future (break 1 of issue 12), keeping the rest', () => {
    const now = Date.UTC(2026, 10, 21);
    const file = JSON.parse(V1_TEXT);
    file.state.modules['what-is-corruption'].updatedAt = 9e15;
    file.state.modules['conflicts-of-interest'] = {
      lessonsVisited: ['x'],
      updatedAt: now + 30 * 24 * 3600 * 1000,
    };
    const preview = previewImport(blankState(), JSON.stringify(file), now);
    if (!preview.ok) throw new Error('expected a preview');
    expect(preview.partial).toBe(true);
    expect(Object.keys(preview.imported.modules)).toEqual([]);
    expect(preview.imported.quizzes['what-is-corruption']).toHaveLength(1);
    // A clock a few hours ahead is no reason to refuse anything.
    file.state.modules = {
      'conflicts-of-interest': { lessonsVisited: ['x'], updatedAt: now + 3600_000 },
    };
    const skewed = previewImport(blankState(), JSON.stringify(file), now);
    expect(skewed.ok && skewed.partial).toBe(false);
  });
});
