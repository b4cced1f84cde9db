import { describe, expect, it } from 'vitest';
import { adviseOn, type SelfCheckAnswers } from '@/features/self-check/advice';
import { notesOn } from '@/features/self-check/answer-notes';

/** Coffee at a meeting with a supplier that has no procurement or case with you: no notes. */
const coffee: SelfCheckAnswers = {
  offer: 'meal',
  value: 'symbolic',
  giver: 'supplier',
  pending: 'no',
  why: 'work',
  need: 'no',
  employer: 'allowed',
  outside: 'fine',
};

const notes = (changes: Partial<SelfCheckAnswers>) => {
  const answers = { ...coffee, ...changes };
  return notesOn(answers, adviseOn(answers));
};
const keys = (changes: Partial<SelfCheckAnswers>) => notes(changes).map((n) => n.key);

describe('notes on the answers', () => {
  it('has none for answers that fit together and advice that needs no explaining', () => {
    expect(notes({})).toEqual([]);
    expect(notes({ offer: 'trip', value: 'large', giver: 'other', why: 'private' })).toEqual([]);
  });

  it('asks to check the value of a trip or course valued as symbolic or "a little"', () => {
    for (const value of ['symbolic', 'modest'] as const) {
      expect(notes({ offer: 'trip', value, giver: 'other' })).toContainEqual({
        kind: 'check',
        key: 'tripValuedLow',
        step: 'value',
      });
    }
    expect(keys({ offer: 'trip', value: 'noticeable', giver: 'other' })).not.toContain(
      'tripValuedLow',
    );
  });

  it('asks to check the value of an event or ticket valued like a cup of coffee', () => {
    expect(notes({ offer: 'event', value: 'symbolic' })).toContainEqual({
      kind: 'check',
      key: 'eventValuedSymbolic',
      step: 'value',
    });
    expect(keys({ offer: 'event', value: 'modest' })).not.toContain('eventValuedSymbolic');
  });

  it('asks to check the value of a favour valued like a cup of coffee', () => {
    expect(keys({ offer: 'favour', value: 'symbolic', giver: 'other' })).toContain(
      'favourValuedSymbolic',
    );
  });

  it('asks to check the matter when the giver has a matter with you but "no" was answered', () => {
    expect(notes({ giver: 'case-party', pending: 'no' })).toContainEqual({
      kind: 'check',
      key: 'partyNotPending',
      step: 'pending',
    });
    expect(keys({ giver: 'case-party', pending: 'yes' })).not.toContain('partyNotPending');
  });

  it('explains, when it still says decline though the employer allows it, that the bribery law applies to a giver your decisions affect', () => {
    const answers = { value: 'noticeable', pending: 'yes', employer: 'allowed' } as const;
    expect(adviseOn({ ...coffee, ...answers }).verdict).toBe('decline');
    expect(notes(answers)).toEqual([{ kind: 'explain', key: 'permissionAndDecision' }]);
  });

  it('explains that the permission does not change the reasons for any other "decline"', () => {
    expect(keys({ offer: 'cash', employer: 'allowed' })).toEqual(['permissionNotEnough']);
    expect(keys({ outside: 'newspaper', employer: 'allowed' })).toEqual(['permissionNotEnough']);
  });

  it('says nothing of the permission when the employer forbids it or the advice is not to decline', () => {
    expect(keys({ offer: 'cash', employer: 'forbidden' })).toEqual([]);
    expect(keys({ offer: 'cash', employer: 'unknown' })).toEqual([]);
    expect(keys({ outside: 'questioned' })).toEqual([]);
  });

  it('gives a check and an explanation together, checks first', () => {
    expect(
      notes({ offer: 'trip', value: 'modest', giver: 'case-party', pending: 'no' }).map(
        (n) => n.kind,
      ),
    ).toEqual(['check', 'check', 'explain']);
  });
});
