import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadPersisted, serialize } from '@/store/load-persisted';
import { STORAGE_VERSION } from '@/store/schema';

const fixture = (version: number) =>
  readFileSync(`tests/fixtures/storage/v${version}.json`, 'utf8');

describe('loadPersisted', () => {
  it('reads nothing as a fresh start', () => {
    expect(loadPersisted(null)).toEqual({ ok: true, state: null });
  });

  it.each(Array.from({ length: STORAGE_VERSION }, (_, i) => i + 1))(
    'migrates the stored fixture of version %i to today without losing progress',
    (version) => {
      const result = loadPersisted(fixture(version));
      expect(result.ok).toBe(true);
      if (!result.ok || !result.state) throw new Error('expected a state');
      expect(result.state.settings.learnerName).toBe('Kim Andersson');
      expect(result.state.modules['what-is-corruption']?.lessonsVisited).toEqual([
        'definition',
        'public-sector',
      ]);
      expect(result.state.quizzes['what-is-corruption']).toHaveLength(1);
      expect(
        result.state.quizzes['what-is-corruption']?.[0]?.answers['ti-definition']?.correct,
      ).toBe(true);
      expect(result.state.scenarios['what-is-corruption/friend-consultant']?.endingsFound).toEqual([
        'end-good',
      ]);
      if (version === 1) expect(result.state.practice).toEqual({});
      if (version >= 2) {
        expect(Object.keys(result.state.practice)).toHaveLength(3);
        expect(result.state.practice['what-is-corruption/friend-consultant/the-meeting']).toEqual({
          seen: 2,
          wrong: 2,
          lastSeen: 1763900100000,
          lastRight: false,
        });
        expect(result.state.scenarios['what-is-corruption/relative-job']?.run?.path).toEqual([
          ['the-application', 'report-and-hand-over'],
        ]);
      }
      expect(result.state.settings.tracks).toEqual(version >= 3 ? ['procurement'] : undefined);
    },
  );

  it('keeps a version 1 state whole when it adds the practice statistics', () => {
    const result = loadPersisted(fixture(1));
    if (!result.ok || !result.state) throw new Error('expected a state');
    const { practice, ...rest } = result.state;
    expect(practice).toEqual({});
    expect(rest).toEqual(JSON.parse(fixture(1)).state);
  });

  it('keeps a version 2 state whole on the way to version 3: no tracks chosen yet', () => {
    const result = loadPersisted(fixture(2));
    if (!result.ok || !result.state) throw new Error('expected a state');
    expect(result.state).toEqual(JSON.parse(fixture(2)).state);
    expect(result.state.settings.tracks).toBeUndefined();
  });

  it('calls a chosen track with an id that is not an id invalid, and keeps everything else', () => {
    const stored = JSON.parse(fixture(3));
    stored.state.settings.tracks = [''];
    const result = loadPersisted(JSON.stringify(stored));
    if (result.ok || result.problem !== 'invalid') throw new Error('expected invalid');
    expect(result.partial?.settings.tracks).toBeUndefined();
    expect(result.partial?.settings.learnerName).toBe(stored.state.settings.learnerName);
    expect(result.partial?.quizzes).toEqual(stored.state.quizzes);
  });

  it('calls a practice entry with a malformed key invalid, and keeps everything else', () => {
    const stored = JSON.parse(fixture(2));
    stored.state.practice['no-slashes'] = { seen: 1, wrong: 0, lastSeen: 1, lastRight: true };
    const result = loadPersisted(JSON.stringify(stored));
    const whole = loadPersisted(fixture(2));
    if (!whole.ok) throw new Error('fixture');
    expect(result).toEqual({ ok: false, problem: 'invalid', partial: whole.state });
  });

  it('round-trips what it serialises', () => {
    const result = loadPersisted(fixture(STORAGE_VERSION));
    if (!result.ok || !result.state) throw new Error('expected a state');
    expect(loadPersisted(serialize(result.state))).toEqual(result);
  });

  it('calls broken JSON corrupt', () => {
    expect(loadPersisted('{"state": {')).toEqual({ ok: false, problem: 'corrupt' });
  });

  it.each([
    ['a number', '42'],
    ['no version', '{"state":{}}'],
    ['a wrong shape', JSON.stringify({ state: { settings: 'sv' }, version: 1 })],
    ['a negative version', JSON.stringify({ state: {}, version: -1 })],
    [
      'a string where a list belongs',
      fixture(1).replace('["definition", "public-sector"]', '"definition"'),
    ],
  ])('calls %s invalid', (_, raw) => {
    expect(loadPersisted(raw)).toMatchObject({ ok: false, problem: 'invalid' });
  });

  it('refuses a state written by a newer version instead of guessing', () => {
    const newer = JSON.stringify({ ...JSON.parse(fixture(1)), version: STORAGE_VERSION + 1 });
    expect(loadPersisted(newer)).toEqual({ ok: false, problem: 'newer' });
  });
});
