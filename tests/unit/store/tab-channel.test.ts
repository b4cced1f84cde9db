import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadPersisted } from '@/store/load-persisted';
import { withoutForgotten } from '@/store/persisted-fields';
import { nothingForgotten, readTabMessage } from '@/store/tab-channel';

const fixture = () => {
  const result = loadPersisted(readFileSync('tests/fixtures/storage/v2.json', 'utf8'));
  if (!result.ok || !result.state) throw new Error('fixture');
  return result.state;
};

describe('deletions seen by this page', () => {
  it('keep a state from another tab from bringing back what was deleted', () => {
    const before = fixture();
    expect(Object.keys(before.modules).length).toBeGreaterThan(0);
    const forgotten = { ...nothingForgotten(), resetAt: Date.now() };
    const after = withoutForgotten(before, forgotten);
    expect(after.modules).toEqual({});
    expect(after.quizzes).toEqual({});
    expect(after.scenarios).toEqual({});
    expect(after.practice).toEqual({});
    expect(after.settings).toEqual(before.settings);
  });

  it('keep what was done after the deletion', () => {
    const later = fixture();
    const now = Date.now() + 1000;
    later.modules['what-is-corruption'] = { lessonsVisited: ['definition'], updatedAt: now };
    const forgotten = { ...nothingForgotten(), resetAt: Date.now() };
    expect(
      withoutForgotten(later, forgotten).modules['what-is-corruption']?.lessonsVisited,
    ).toEqual(['definition']);
  });
});

describe('messages from other tabs', () => {
  it('are read only when they are a well-formed deletion', () => {
    const now = 1763700000000;
    expect(readTabMessage({ kind: 'reset', at: now }, now)).not.toBeNull();
    expect(
      readTabMessage({ kind: 'remove-assignment', id: 'link-a', at: now }, now),
    ).not.toBeNull();
    for (const bad of [
      null,
      'reset',
      { kind: 'reset' },
      { kind: 'reset', at: '1763700000000' },
      { kind: 'reset', at: -1 },
      { kind: 'reset', at: 1, id: 'link-a' },
      { kind: 'remove-assignment', id: '', at: 1 },
      { kind: 'discard-attempt', moduleId: 'm' },
      { kind: 'wipe-everything' },
    ]) {
      expect(readTabMessage(bad, now), JSON.stringify(bad)).toBeNull();
    }
  });
});
