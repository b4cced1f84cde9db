/**
 * The stored value and the progress file share one envelope schema
 * (`Envelope` in src/store/load-persisted.ts), which replaced a hand-written
 * check. Kept here as the oracle: every envelope it let through, and every one
 * it refused, for the same reason, is let through or refused the same way.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Envelope, loadPersisted, serialize } from '@/store/load-persisted';
import { STORAGE_VERSION } from '@/store/schema';

const fixture = (version: number) =>
  (
    JSON.parse(readFileSync(`tests/fixtures/storage/v${version}.json`, 'utf8')) as {
      state: unknown;
    }
  ).state;

/** What the hand-written check said of a parsed envelope: null when it passed it on. */
function handWritten(envelope: unknown): 'invalid' | 'newer' | null {
  if (
    typeof envelope !== 'object' ||
    envelope === null ||
    typeof (envelope as { version?: unknown }).version !== 'number' ||
    typeof (envelope as { state?: unknown }).state !== 'object' ||
    (envelope as { state?: unknown }).state === null
  ) {
    return 'invalid';
  }
  const { version } = envelope as { version: number };
  if (!Number.isInteger(version) || version < 0) return 'invalid';
  if (version > STORAGE_VERSION) return 'newer';
  return null;
}

const MISSING = Symbol('missing');
const envelopes = fc.record({
  state: fc.oneof(
    fc.constantFrom(1, 2, 3).map(fixture),
    fc.constantFrom<unknown>({}, [], null, 'state', 3, MISSING),
    fc.dictionary(fc.string(), fc.jsonValue(), { maxKeys: 3 }),
  ),
  version: fc.oneof(
    fc.integer({ min: -2, max: STORAGE_VERSION + 2 }),
    fc.double(),
    fc.constantFrom<unknown>(1e300, -0, 2.5, '3', null, true, MISSING),
  ),
  wrap: fc.constantFrom('object', 'array', 'none'),
});

describe('the storage envelope', () => {
  it('lets through and refuses what the hand-written check did, for the same reasons', () => {
    fc.assert(
      fc.property(envelopes, ({ state, version, wrap }) => {
        const envelope: Record<string, unknown> = {};
        if (state !== MISSING) envelope.state = state;
        if (version !== MISSING) envelope.version = version;
        const value = wrap === 'object' ? envelope : wrap === 'array' ? [envelope] : state;
        const raw = JSON.stringify(value) ?? 'null';
        const expected = handWritten(JSON.parse(raw));
        const result = loadPersisted(raw);
        const listAsState = Array.isArray((JSON.parse(raw) as { state?: unknown } | null)?.state);
        if (listAsState && expected !== 'invalid') {
          // The one difference: a list where the state belongs is refused by the envelope as
          // invalid, whatever its version. Before, a list passed this check, to be refused as
          // invalid by the state's schema, or as newer when its version was.
          expect(result).toMatchObject({ ok: false, problem: 'invalid' });
        } else if (expected !== null) {
          expect(result).toMatchObject({ ok: false, problem: expected });
        } else {
          expect(result.ok || result.problem === 'invalid').toBe(true);
        }
        expect(Envelope.safeParse(JSON.parse(raw)).success).toBe(
          !listAsState && (expected === null || expected === 'newer'),
        );
      }),
      { numRuns: 2000 },
    );
  });

  it('is what a progress file holds: today’s state under today’s version', () => {
    const loaded = loadPersisted(JSON.stringify({ state: fixture(3), version: 3 }));
    if (!loaded.ok || !loaded.state) throw new Error('expected a state');
    const file = JSON.parse(serialize(loaded.state)) as unknown;
    expect(Envelope.parse(file)).toEqual({ state: loaded.state, version: STORAGE_VERSION });
    expect(loadPersisted(serialize(loaded.state))).toEqual({ ok: true, state: loaded.state });
  });
});
