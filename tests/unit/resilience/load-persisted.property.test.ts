/**
 * Property-based tests of the storage loader: whatever is in storage (random
 * text, random JSON, a valid state with one value mutated), it never throws
 * and it returns either a whole valid state or a named problem, with what is
 * still valid of a refused state as a whole valid state of its own.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadPersisted } from '@/store/load-persisted';
import { PersistedState, STORAGE_VERSION } from '@/store/schema';

const fixture = JSON.parse(readFileSync(`tests/fixtures/storage/v${STORAGE_VERSION}.json`, 'utf8'));

function isWholeOrRefused(result: ReturnType<typeof loadPersisted>) {
  if (!result.ok && result.problem === 'invalid') {
    // What is kept of a refused state is itself a whole, valid state.
    return result.partial === null || PersistedState.safeParse(result.partial).success;
  }
  if (!result.ok) return ['corrupt', 'newer'].includes(result.problem);
  return result.state === null || PersistedState.safeParse(result.state).success;
}

/** Every path to a leaf of a JSON value. */
function leafPaths(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [path];
  return Object.entries(value).flatMap(([k, v]) =>
    leafPaths(v, [...path, Array.isArray(value) ? Number(k) : k]),
  );
}

function setAt(root: unknown, path: (string | number)[], value: unknown) {
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path.at(-1)!] = value;
  return copy;
}

const paths = leafPaths(fixture);
export const fuzzRuns = { text: 2000, json: 2000, mutation: 3000 };

describe('loadPersisted under fuzzing', () => {
  it('never throws on random text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (raw) => isWholeOrRefused(loadPersisted(raw))),
      { numRuns: fuzzRuns.text },
    );
  });

  it('never throws on random JSON values and envelopes', () => {
    fc.assert(
      fc.property(
        fc.jsonValue(),
        fc.integer({ min: -2, max: STORAGE_VERSION + 2 }),
        (state, version) =>
          [JSON.stringify(state), JSON.stringify({ state, version })].every((raw) =>
            isWholeOrRefused(loadPersisted(raw)),
          ),
      ),
      { numRuns: fuzzRuns.json },
    );
  });

  it('refuses or fully accepts a saved state with any one value replaced', () => {
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.jsonValue({ maxDepth: 2 }), (path, value) => {
        const result = loadPersisted(JSON.stringify(setAt(fixture, path, value)));
        expect(isWholeOrRefused(result)).toBe(true);
      }),
      { numRuns: fuzzRuns.mutation },
    );
  });
});
