import { describe, expect, it } from 'vitest';
import { chosenTracks, isPartPassed, passedTracks, pathModuleIds } from '@/domain/course-parts';
import { moduleMinutes, partMinutes } from '@/lib/estimate';
import { catalogue, finished } from '../progress/fixtures';

describe('the learner’s path', () => {
  it('is the core alone until tracks are chosen, then the core and the tracks in course order', () => {
    expect(pathModuleIds(catalogue, undefined)).toEqual([
      'what-is-corruption',
      'bribery-and-the-law',
    ]);
    expect(pathModuleIds(catalogue, [])).toEqual(['what-is-corruption', 'bribery-and-the-law']);
    expect(pathModuleIds(catalogue, ['procurement', 'deeper'])).toEqual([
      'what-is-corruption',
      'bribery-and-the-law',
      'extra-reading',
      'procurement-risks',
    ]);
  });

  it('ignores a chosen track the course no longer has', () => {
    expect(chosenTracks(catalogue, ['gone', 'procurement']).map((t) => t.id)).toEqual([
      'procurement',
    ]);
  });
});

describe('a part passed', () => {
  it('needs every one of its modules passed, and never counts an empty part', () => {
    const quizzes = {
      'extra-reading': [finished('a', 0, 0.9)],
      'procurement-risks': [finished('b', 0, 0.5)],
    };
    expect(passedTracks(catalogue, quizzes).map((t) => t.id)).toEqual(['deeper']);
    expect(isPartPassed([], quizzes)).toBe(false);
  });
});

describe('shown estimates', () => {
  it('are whole minutes for a module and fives for a part, never zero', () => {
    expect(moduleMinutes(12.6)).toBe(13);
    expect(moduleMinutes(0.2)).toBe(1);
    expect(partMinutes(70.3)).toBe(70);
    expect(partMinutes(37.6)).toBe(40);
    expect(partMinutes(1)).toBe(5);
  });
});
