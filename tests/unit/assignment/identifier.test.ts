import { describe, expect, it } from 'vitest';
import { Identifier, isIdentifier, normaliseIdentifier } from '@/domain/identifier';

describe('learner identifiers', () => {
  it('compares e-mail addresses without case or outer spaces', () => {
    expect(normaliseIdentifier('email', '  Anna.Lind@Kommunen.SE ')).toBe('anna.lind@kommunen.se');
    expect(isIdentifier('email', 'anna.lind@kommunen.se')).toBe(true);
  });

  it('compares employee numbers without spaces or case', () => {
    expect(normaliseIdentifier('employee-number', ' ab 12 345 ')).toBe('AB12345');
    expect(isIdentifier('employee-number', '007')).toBe(true);
  });

  it('refuses what is no identifier of its kind', () => {
    for (const bad of ['', 'anna', 'anna@', '@kommunen.se', 'a b@c.se', 'anna@kommunen']) {
      expect(isIdentifier('email', bad)).toBe(false);
    }
    for (const bad of ['', '-12', '12-', 'A/1', 'x'.repeat(41)]) {
      expect(isIdentifier('employee-number', bad)).toBe(false);
    }
  });

  it('reads back only normalised identifiers', () => {
    expect(Identifier.safeParse('anna.lind@kommunen.se').success).toBe(true);
    expect(Identifier.safeParse('AB12345').success).toBe(true);
    expect(Identifier.safeParse('Anna.Lind@kommunen.se').success).toBe(false);
    expect(Identifier.safeParse('ab12345').success).toBe(false);
    expect(Identifier.safeParse(' ').success).toBe(false);
  });
});
