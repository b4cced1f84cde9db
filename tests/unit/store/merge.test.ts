import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadPersisted } from '@/store/load-persisted';
import { emptyState, mergeStates } from '@/store/persisted-fields';
import type { PersistedState, PracticeStat, QuizAttempt } from '@/store/schema';

const base = (version = 1): PersistedState => {
  const result = loadPersisted(readFileSync(`tests/fixtures/storage/v${version}.json`, 'utf8'));
  if (!result.ok || !result.state) throw new Error('fixture');
  return result.state;
};

const attempt = (id: string, startedAt: number, extra: Partial<QuizAttempt> = {}): QuizAttempt => ({
  id,
  mode: 'fresh',
  startedAt,
  updatedAt: startedAt,
  passMark: 0.8,
  questions: [{ id: 'q', options: ['a', 'b'] }],
  answers: {},
  ...extra,
});

describe('mergeStates', () => {
  it('keeps everything from both sides', () => {
    const a = base();
    const b = emptyState();
    b.quizzes['what-is-corruption'] = [attempt('other', 5)];
    b.modules['bribery'] = { lessonsVisited: ['x'], updatedAt: 9 };
    const merged = mergeStates(a, b);
    expect(merged.quizzes['what-is-corruption']?.map((x) => x.id)).toEqual([
      'other',
      'a1b2c3d4e5f6',
    ]);
    expect(merged.modules['bribery']?.lessonsVisited).toEqual(['x']);
    expect(merged.modules['what-is-corruption']?.lessonsVisited).toEqual([
      'definition',
      'public-sector',
    ]);
  });

  it('prefers the finished copy of an attempt, and the newer place in a module', () => {
    const a = emptyState();
    const b = emptyState();
    a.quizzes.m = [
      attempt('x', 1, { answers: { q: { selected: ['a'], correct: true, at: 2 } }, updatedAt: 9 }),
    ];
    b.quizzes.m = [attempt('x', 1, { finishedAt: 3, updatedAt: 3, score: 1, passed: true })];
    a.modules.m = { lessonsVisited: ['one'], currentLesson: 'one', updatedAt: 1 };
    b.modules.m = { lessonsVisited: ['two'], currentLesson: 'two', updatedAt: 2 };
    const merged = mergeStates(a, b);
    expect(merged.quizzes.m?.[0]?.passed).toBe(true);
    expect(merged.modules.m).toEqual({
      lessonsVisited: ['one', 'two'],
      currentLesson: 'two',
      updatedAt: 2,
    });
  });

  it('is commutative and idempotent, so tabs settle on one state', () => {
    const a = base();
    const b = emptyState('sv');
    b.settings.updatedAt = a.settings.updatedAt + 1;
    b.scenarios['what-is-corruption/friend-consultant'] = {
      endingsFound: ['end-poor'],
      updatedAt: 1,
    };
    expect(mergeStates(a, b)).toEqual(mergeStates(b, a));
    const once = mergeStates(a, b);
    expect(mergeStates(once, b)).toEqual(once);
    expect(once.scenarios['what-is-corruption/friend-consultant']?.endingsFound).toEqual([
      'end-good',
      'end-poor',
    ]);
    expect(once.settings.language).toBe('sv');
  });

  describe('practice statistics', () => {
    const stat = (lastSeen: number, extra: Partial<PracticeStat> = {}): PracticeStat => ({
      seen: 1,
      wrong: 0,
      lastSeen,
      lastRight: true,
      ...extra,
    });

    it('joins the decision points of both sides and keeps the later answer of each', () => {
      const a = base(2);
      const b = emptyState();
      b.practice['what-is-corruption/friend-consultant/the-meeting'] = stat(1763990000000, {
        seen: 3,
        wrong: 2,
      });
      b.practice['bribery-and-the-law/supplier-trip/the-match'] = stat(5, { lastRight: false });
      const merged = mergeStates(a, b);
      expect(Object.keys(merged.practice).sort()).toEqual([
        'bribery-and-the-law/supplier-trip/the-match',
        'what-is-corruption/friend-consultant/the-meeting',
        'what-is-corruption/friend-consultant/the-tip',
        'what-is-corruption/relative-job/the-application',
      ]);
      expect(merged.practice['what-is-corruption/friend-consultant/the-meeting']).toEqual(
        stat(1763990000000, { seen: 3, wrong: 2 }),
      );
      // The older copy in b does not overwrite the newer one in a.
      const older = emptyState();
      older.practice['what-is-corruption/friend-consultant/the-tip'] = stat(1);
      expect(
        mergeStates(a, older).practice['what-is-corruption/friend-consultant/the-tip'],
      ).toEqual(a.practice['what-is-corruption/friend-consultant/the-tip']);
    });

    it('is commutative and idempotent, also when two answers carry the same time', () => {
      const a = base(2);
      const b = emptyState();
      b.practice['what-is-corruption/friend-consultant/the-tip'] = stat(1763900000000, {
        seen: 9,
        lastRight: false,
      });
      b.practice['x/y/z'] = stat(7);
      expect(mergeStates(a, b)).toEqual(mergeStates(b, a));
      const once = mergeStates(a, b);
      expect(mergeStates(once, a)).toEqual(once);
      expect(mergeStates(once, b)).toEqual(once);
      expect(mergeStates(once, once)).toEqual(once);
    });
  });
});

describe('merging one unfinished attempt answered in two tabs', () => {
  it('keeps the answers given in both tabs', () => {
    const a = emptyState();
    const b = emptyState();
    a.quizzes.m = [
      attempt('x', 1, {
        updatedAt: 10,
        answers: { q1: { selected: ['a'], correct: true, at: 10 } },
      }),
    ];
    b.quizzes.m = [
      attempt('x', 1, {
        updatedAt: 11,
        answers: { q2: { selected: ['b'], correct: false, at: 11 } },
      }),
    ];
    const merged = mergeStates(a, b);
    expect(Object.keys(merged.quizzes.m![0]!.answers).sort()).toEqual(['q1', 'q2']);
    expect(mergeStates(b, a)).toEqual(merged);
  });
});
