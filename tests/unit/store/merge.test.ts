import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadPersisted } from '@/store/load-persisted';
import { mergeStates } from '@/store/merge';
import { emptyState, type PersistedState, type QuizAttempt } from '@/store/schema';

const base = (): PersistedState => {
  const result = loadPersisted(readFileSync('tests/fixtures/storage/v1.json', 'utf8'));
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
});
