import fc from 'fast-check';
import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { fromBase64url, toBase64url } from '@/lib/wire/base64url';
import {
  codeCheck,
  decodeWire,
  encodeWire,
  jsonReader,
  type WireFormat,
  wireVersion,
} from '@/lib/wire/envelope';

const Point = z.object({ x: z.int(), label: z.string() });
type Point = z.infer<typeof Point>;

/** A format at version 3 that still reads its versions 1 (own layout) and 2 (another schema). */
const POINTS: WireFormat<Point, Point> = {
  prefix: 'P',
  version: 3,
  schema: Point,
  maxCodeLength: 2000,
  maxPayloadBytes: 1000,
  readers: {
    1: { layout: 'own', read: (code) => (code === 'P1.x=7' ? { x: 7, label: 'old' } : null) },
    2: jsonReader(z.tuple([z.int()]), ([x]) => ({ x, label: 'v2' })),
    3: jsonReader(Point, (point) => point),
  },
};

/** A code of any version, made by hand as that version would have. */
function envelope(version: number, payload: string | Uint8Array, prefix = 'P') {
  const bytes = typeof payload === 'string' ? new TextEncoder().encode(payload) : payload;
  const head = `${prefix}${version}.${toBase64url(deflateSync(bytes))}`;
  return `${head}.${codeCheck(head)}`;
}

describe('base64url', () => {
  it('brings any bytes back, and has one spelling for each', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const text = toBase64url(bytes);
        expect(text).toMatch(/^[A-Za-z0-9_-]*$/);
        expect(fromBase64url(text)).toEqual(bytes);
      }),
    );
    expect(fromBase64url('AA')).toEqual(new Uint8Array([0]));
    expect(fromBase64url('AB')).toBeNull();
    expect(fromBase64url('A')).toBeNull();
    expect(fromBase64url('A+')).toBeNull();
  });
});

describe('the wire envelope', () => {
  it('brings a value back through deflate, base64url and the check, the same code each time', () => {
    fc.assert(
      fc.property(fc.record({ x: fc.integer(), label: fc.string({ maxLength: 200 }) }), (p) => {
        const code = encodeWire(POINTS, p);
        expect(code).toMatch(/^P3\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{7}$/);
        expect(encodeWire(POINTS, { ...p })).toBe(code);
        expect(decodeWire(POINTS, code)).toEqual({ ok: true, value: p, version: 3 });
      }),
    );
  });

  it('reads every version with its own reader', () => {
    expect(decodeWire(POINTS, 'P1.x=7')).toEqual({
      ok: true,
      value: { x: 7, label: 'old' },
      version: 1,
    });
    expect(decodeWire(POINTS, 'P1.x=8')).toEqual({ ok: false, reason: 'invalid' });
    expect(decodeWire(POINTS, envelope(2, '[5]'))).toEqual({
      ok: true,
      value: { x: 5, label: 'v2' },
      version: 2,
    });
    expect(wireVersion(POINTS, envelope(2, '[5]'))).toBe(2);
    expect(wireVersion(POINTS, 'P17.anything')).toBe(17);
    expect(wireVersion(POINTS, 'Q1.x')).toBeNull();
  });

  it('names why a code is refused', () => {
    const code = encodeWire(POINTS, { x: 1, label: 'å' });
    const refused = (reason: string) => ({ ok: false, reason });
    expect(decodeWire(POINTS, envelope(4, '{}'))).toEqual(refused('unknown-version'));
    expect(decodeWire(POINTS, envelope(3, '{"x":1.5,"label":""}'))).toEqual(refused('invalid'));
    expect(decodeWire(POINTS, envelope(3, 'not json'))).toEqual(refused('invalid'));
    expect(decodeWire(POINTS, envelope(3, new Uint8Array([0xff, 0xfe])))).toEqual(
      refused('invalid'),
    );
    expect(decodeWire(POINTS, code.slice(0, -1))).toEqual(refused('truncated'));
    expect(decodeWire(POINTS, code.slice(0, 10))).toEqual(refused('truncated'));
    expect(decodeWire(POINTS, 'P')).toEqual(refused('truncated'));
    expect(decodeWire(POINTS, `${code.slice(0, 5)}A${code.slice(6)}`)).toEqual(
      refused(code[5] === 'A' ? 'invalid' : 'tampered'),
    );
    expect(decodeWire(POINTS, `${code}.x`)).toEqual(refused('invalid'));
    expect(decodeWire(POINTS, 'X3.abc.defghij')).toEqual(refused('invalid'));
  });

  it('refuses a body that inflates to more than the format allows, before parsing it', () => {
    const bomb = JSON.stringify({ x: 1, label: 'a'.repeat(5000) });
    const code = envelope(3, bomb);
    expect(code.length).toBeLessThan(200);
    expect(decodeWire(POINTS, code)).toEqual({ ok: false, reason: 'invalid' });
    expect(decodeWire({ ...POINTS, maxPayloadBytes: bomb.length }, code).ok).toBe(true);
    expect(decodeWire({ ...POINTS, maxCodeLength: 50 }, code).ok).toBe(false);
  });

  it('writes only values its schema accepts, and only codes its reader reads', () => {
    expect(() => encodeWire(POINTS, { x: 0.5, label: '' })).toThrow(RangeError);
    expect(() => encodeWire(POINTS, { x: 1, label: 'å'.repeat(600) })).toThrow(RangeError);
    const random = fc.sample(fc.string({ unit: 'binary', minLength: 300, maxLength: 300 }), 1)[0]!;
    expect(() => encodeWire({ ...POINTS, maxCodeLength: 100 }, { x: 1, label: random })).toThrow(
      RangeError,
    );
  });

  it('refuses any random text without throwing', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' })), (text) => {
        const result = decodeWire(POINTS, text);
        if (text !== 'P1.x=7') expect(result.ok).toBe(false);
        expect(decodeWire(POINTS, `P3.${text}`).ok).toBe(false);
      }),
      { numRuns: 500 },
    );
  });
});
