/**
 * Break 5 of issue 12: one bad field in one attempt used to cost the learner
 * everything. What is valid is now kept, entry by entry and field by field.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadPersisted } from '@/store/load-persisted';
import { salvageState } from '@/store/persisted-fields';
import { MAX_TIME, PersistedState } from '@/store/schema';

// A stored value as plain JSON, to be changed anywhere.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const text = readFileSync('tests/fixtures/storage/v2.json', 'utf8');
const stored = () => JSON.parse(text) as { state: Record<string, Json>; version: number };
const whole = () => {
  const result = loadPersisted(text);
  if (!result.ok || !result.state) throw new Error('fixture');
  return result.state;
};

/** The state kept from a stored value with one change made to it. */
function keptAfter(change: (state: Record<string, Json>) => void) {
  const value = stored();
  change(value.state);
  const result = loadPersisted(JSON.stringify(value));
  if (result.ok || result.problem !== 'invalid' || !result.partial) {
    throw new Error(`expected a partial state, got ${JSON.stringify(result)}`);
  }
  return result.partial;
}

describe('a stored state with one bad field', () => {
  it('keeps the attempt and every other answer when one answer is bad', () => {
    const kept = keptAfter((s) => {
      s.quizzes['what-is-corruption'][0].answers['ti-definition'].at = MAX_TIME + 1;
    });
    const attempt = kept.quizzes['what-is-corruption']?.[0];
    expect(attempt?.score).toBe(0.5);
    expect(Object.keys(attempt?.answers ?? {})).toEqual(['stricter-standard']);
    expect({ ...kept, quizzes: {} }).toEqual({ ...whole(), quizzes: {} });
  });

  it('drops only the attempt whose own field is bad, and keeps the other attempts', () => {
    const kept = keptAfter((s) => {
      const [first] = s.quizzes['what-is-corruption'];
      s.quizzes['what-is-corruption'].push({ ...first, id: 'second', startedAt: 'yesterday' });
      s.quizzes['other-module'] = [{ ...first, id: 'third' }];
    });
    expect(kept.quizzes['what-is-corruption']?.map((a) => a.id)).toEqual(['a1b2c3d4e5f6']);
    expect(kept.quizzes['other-module']?.map((a) => a.id)).toEqual(['third']);
  });

  it('keeps a module without the one field that is bad', () => {
    const kept = keptAfter((s) => {
      s.modules['what-is-corruption'].currentLesson = '';
      s.modules['what-is-corruption'].lessonsVisited.push(42);
    });
    expect(kept.modules['what-is-corruption']).toEqual({
      lessonsVisited: ['definition', 'public-sector'],
      updatedAt: 1763700100000,
    });
  });

  it('keeps the language when the name is bad, and the name when the language is', () => {
    expect(keptAfter((s) => (s.settings.learnerName = 'x'.repeat(121))).settings).toEqual({
      language: 'en',
      learnerName: '',
      updatedAt: 1763700000000,
    });
    expect(keptAfter((s) => (s.settings.language = 'xx')).settings.learnerName).toBe(
      'Kim Andersson',
    );
  });

  it('keeps an assignment without an address that is not http(s)', () => {
    const kept = keptAfter((s) => {
      s.assignments['link-AbCdEfG'] = {
        id: 'link-AbCdEfG',
        title: 'Mutor och jäv',
        organisation: '',
        contact: '',
        modules: ['what-is-corruption'],
        passMark: 0.8,
        policyUrl: 'javascript:alert(1)',
        acceptedAt: 1763700000000,
      };
    });
    expect(kept.assignments['link-AbCdEfG']?.title).toBe('Mutor och jäv');
    expect(kept.assignments['link-AbCdEfG']).not.toHaveProperty('policyUrl');
  });

  it('keeps nothing of a value that holds no progress', () => {
    expect(loadPersisted(JSON.stringify({ state: { settings: 'sv' }, version: 2 }))).toEqual({
      ok: false,
      problem: 'invalid',
      partial: null,
    });
  });
});

/** Every path to a leaf of a JSON value. */
function leafPaths(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [path];
  return Object.entries(value).flatMap(([k, v]) =>
    leafPaths(v, [...path, Array.isArray(value) ? Number(k) : k]),
  );
}

describe('salvaging under fuzzing', () => {
  const state = stored().state;
  const paths = leafPaths(state);

  it('always gives a valid state that keeps every entry the change did not touch', () => {
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.jsonValue({ maxDepth: 2 }), (path, value) => {
        const changed = structuredClone(state);
        let node = changed;
        for (const key of path.slice(0, -1)) node = node[key];
        node[path.at(-1)!] = value;
        const kept = salvageState(changed);
        expect(PersistedState.safeParse(kept).success).toBe(true);
        // Module by module: every entry of every field outside the changed one is kept as it was.
        const [field, entry] = path as [string, string];
        for (const [key, original] of Object.entries(whole())) {
          if (key === 'settings') continue;
          for (const [id, item] of Object.entries(original as Record<string, unknown>)) {
            if (key === field && id === entry) continue;
            expect((kept as Record<string, Json>)[key][id]).toEqual(item);
          }
        }
      }),
      { numRuns: 1500 },
    );
  });
});
