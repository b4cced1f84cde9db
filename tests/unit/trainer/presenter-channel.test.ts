import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PresenterMessage } from '@/features/trainer/presenter-channel';

describe("the presenter view's messages", () => {
  it('takes the messages the two windows send', () => {
    for (const message of [
      { type: 'hello' },
      { type: 'here' },
      { type: 'bye' },
      { type: 'at', nodeId: 'the-offer', number: 2 },
    ]) {
      expect(PresenterMessage.safeParse(message).success, JSON.stringify(message)).toBe(true);
    }
  });

  it('refuses anything else: other types, extra fields, a bad position', () => {
    for (const message of [
      null,
      'at',
      { type: 'reveal' },
      { type: 'hello', html: '<img src=x onerror=alert(1)>' },
      { type: 'at', nodeId: '', number: 1 },
      { type: 'at', nodeId: 'x', number: 1.5 },
      { type: 'at', nodeId: 'x', number: 0 },
      { type: 'at', nodeId: 'x'.repeat(201), number: 1 },
      { type: 'at', nodeId: 'x', number: '1' },
    ]) {
      expect(PresenterMessage.safeParse(message).success, JSON.stringify(message)).toBe(false);
    }
  });

  it('never throws on any value', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        expect(() => PresenterMessage.safeParse(value)).not.toThrow();
      }),
    );
  });
});
