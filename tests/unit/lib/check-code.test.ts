import { describe, expect, it } from 'vitest';
import { type CertificateFacts, checkCode, fnv1a64 } from '@/lib/check-code';

const facts: CertificateFacts = {
  name: 'Kim Andersson',
  completedOn: '2026-11-21',
  modules: [
    { id: 'what-is-corruption', score: 0.9 },
    { id: 'bribery-and-the-law', score: 1 },
  ],
  courseVersion: '1.2.0',
};

describe('fnv1a64', () => {
  it('matches the published FNV-1a 64-bit test values', () => {
    expect(fnv1a64('')).toBe(0xcbf29ce484222325n);
    expect(fnv1a64('a')).toBe(0xaf63dc4c8601ec8cn);
    expect(fnv1a64('foobar')).toBe(0x85944171f73967e8n);
  });
});

describe('checkCode', () => {
  it('is two groups of four Crockford base32 characters', () => {
    expect(checkCode(facts)).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
  });

  it('gives the same code for the same certificate, every time', () => {
    expect(checkCode(facts)).toBe(checkCode({ ...facts, modules: [...facts.modules] }));
    // Pinned (worked out separately): a change here breaks every certificate already printed.
    expect(checkCode(facts)).toBe('W208-G3DF');
  });

  it('does not depend on the order of the modules or on spacing a print cannot show', () => {
    const reordered = { ...facts, modules: [...facts.modules].reverse() };
    expect(checkCode(reordered)).toBe(checkCode(facts));
    expect(checkCode({ ...facts, name: '  Kim   Andersson ' })).toBe(checkCode(facts));
  });

  it.each<[string, Partial<CertificateFacts>]>([
    ['name', { name: 'Kim Anderson' }],
    ['date', { completedOn: '2026-11-22' }],
    ['version', { courseVersion: '1.2.1' }],
    ['a score', { modules: [{ id: 'what-is-corruption', score: 0.8 }, facts.modules[1]!] }],
    ['a module', { modules: [facts.modules[0]!, { id: 'other-module', score: 1 }] }],
    ['the number of modules', { modules: [facts.modules[0]!] }],
  ])('changes when the %s changes', (_field, change) => {
    expect(checkCode({ ...facts, ...change })).not.toBe(checkCode(facts));
  });
});
