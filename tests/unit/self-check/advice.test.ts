import { describe, expect, it } from 'vitest';
import {
  adviseOn,
  employerViews,
  givers,
  offers,
  outsideViews,
  type SelfCheckAnswers,
  values,
  whys,
  yesNo,
  yesNoUnknown,
} from '@/features/self-check/advice';
import { completeAnswers } from '@/features/self-check/steps';

/** Coffee at a meeting with a supplier that has no procurement or case with you. */
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

const with_ = (changes: Partial<SelfCheckAnswers>): SelfCheckAnswers => ({ ...coffee, ...changes });

describe('adviseOn', () => {
  describe('likely acceptable', () => {
    it('for something symbolic, outside any procurement or case, allowed and fine from outside', () => {
      const advice = adviseOn(coffee);
      expect(advice.verdict).toBe('acceptable');
      expect(advice.reasons).toEqual(['symbolic', 'notPending', 'employerAllows', 'looksFine']);
    });

    it('for a gift within the workplace, even when it is worth more', () => {
      const advice = adviseOn(with_({ giver: 'colleague', value: 'noticeable', offer: 'gift' }));
      expect(advice.verdict).toBe('acceptable');
      expect(advice.reasons).toContain('colleague');
    });

    it('for a private friend with no link to the job', () => {
      const advice = adviseOn(
        with_({ giver: 'other', why: 'private', value: 'noticeable', offer: 'gift' }),
      );
      expect(advice.verdict).toBe('acceptable');
      expect(advice.reasons).toContain('privateMatter');
    });

    it('always rests on the bribery offence, and names the business code for a supplier', () => {
      expect(adviseOn(coffee).rules).toEqual(['bribery', 'businessCode']);
      expect(adviseOn(with_({ giver: 'other' })).rules).toEqual(['bribery']);
    });
  });

  describe('decline', () => {
    it('for money or a gift card, however small, and cites the good-practice rule', () => {
      const advice = adviseOn(with_({ offer: 'cash', value: 'symbolic', giver: 'colleague' }));
      expect(advice.verdict).toBe('decline');
      expect(advice.reasons).toEqual(['cash']);
      expect(advice.rules).toContain('cash');
    });

    it('for anything above symbolic from a giver in a procurement or with a matter you can influence', () => {
      for (const value of ['modest', 'noticeable', 'large'] as const) {
        const advice = adviseOn(with_({ pending: 'yes', value }));
        expect(advice.verdict).toBe('decline');
        expect(advice.reasons).toContain('pendingAboveSymbolic');
        expect(advice.rules).toEqual(['bribery', 'disqualification', 'businessCode']);
      }
    });

    it('for anything above symbolic from someone with a case pending with you, even if the pending answer is "no"', () => {
      const advice = adviseOn(with_({ giver: 'case-party', pending: 'no', value: 'modest' }));
      expect(advice.verdict).toBe('decline');
      expect(advice.reasons).toContain('pendingAboveSymbolic');
      expect(advice.rules).toContain('disqualification');
    });

    it('for a trip or course paid by a supplier, and says the employer should pay when it is needed', () => {
      const advice = adviseOn(with_({ offer: 'trip', need: 'yes' }));
      expect(advice.verdict).toBe('decline');
      expect(advice.reasons).toEqual(['supplierTrip', 'employerShouldPay']);
      expect(adviseOn(with_({ offer: 'trip', need: 'no' })).reasons).toEqual(['supplierTrip']);
    });

    it('for a supplier event not needed for work', () => {
      const advice = adviseOn(with_({ offer: 'event', value: 'noticeable', need: 'no' }));
      expect(advice.verdict).toBe('decline');
      expect(advice.reasons).toContain('supplierEvent');
    });

    it('for a favour such as home work from a supplier or a party', () => {
      expect(adviseOn(with_({ offer: 'favour' })).reasons).toContain('favourFromWork');
      expect(adviseOn(with_({ offer: 'favour', giver: 'case-party' })).verdict).toBe('decline');
    });

    it('for something large from a client or their family', () => {
      const advice = adviseOn(with_({ giver: 'client', value: 'large', offer: 'gift' }));
      expect(advice.verdict).toBe('decline');
      expect(advice.reasons).toContain('largeFromWork');
    });

    it('when the employer does not allow it', () => {
      const advice = adviseOn(with_({ employer: 'forbidden' }));
      expect(advice.verdict).toBe('decline');
      expect(advice.reasons).toEqual(['employerForbids']);
    });

    it('when the learner would not want it in the newspaper', () => {
      const advice = adviseOn(with_({ outside: 'newspaper' }));
      expect(advice.verdict).toBe('decline');
      expect(advice.reasons).toEqual(['newspaper']);
    });

    it('lists every reason that applies, and only the reasons for declining', () => {
      const advice = adviseOn(
        with_({ offer: 'cash', employer: 'forbidden', outside: 'newspaper', why: 'unknown' }),
      );
      expect(advice.reasons).toEqual(['cash', 'employerForbids', 'newspaper']);
    });
  });

  describe('ask your manager first', () => {
    it.each([
      ['pending', 'unknown', 'pendingUnknown'],
      ['why', 'unknown', 'whyUnknown'],
      ['employer', 'unknown', 'employerUnknown'],
      ['outside', 'questioned', 'couldBeQuestioned'],
    ] as const)('when %s is "%s"', (step, answer, reason) => {
      const advice = adviseOn(with_({ [step]: answer }));
      expect(advice.verdict).toBe('ask');
      expect(advice.reasons).toEqual([reason]);
    });

    it('for something symbolic from a giver in a procurement or with a case, and cites jäv', () => {
      const advice = adviseOn(with_({ pending: 'yes' }));
      expect(advice.verdict).toBe('ask');
      expect(advice.reasons).toEqual(['pendingSymbolic']);
      expect(advice.rules).toContain('disqualification');
    });

    it('for a modest benefit from a supplier outside any procurement, naming that it is not needed', () => {
      const advice = adviseOn(with_({ value: 'modest' }));
      expect(advice.verdict).toBe('ask');
      expect(advice.reasons).toEqual(['aboveSymbolic', 'notNeeded']);
      expect(adviseOn(with_({ value: 'modest', need: 'yes' })).reasons).toEqual(['aboveSymbolic']);
    });

    it('for a gift above symbolic from a patient, client or pupil', () => {
      const advice = adviseOn(with_({ giver: 'client', value: 'modest', offer: 'gift' }));
      expect(advice.verdict).toBe('ask');
      expect(advice.reasons).toContain('clientRelationship');
    });

    it('when a "private" gift comes from someone met through the job', () => {
      const advice = adviseOn(with_({ why: 'private' }));
      expect(advice.verdict).toBe('ask');
      expect(advice.reasons).toEqual(['privateButWorkContact']);
    });

    it('for a discount from a supplier, even a symbolic one', () => {
      expect(adviseOn(with_({ offer: 'discount' })).reasons).toEqual(['supplierDiscount']);
    });

    it('for a trip needed for work, paid by someone outside the workplace', () => {
      const advice = adviseOn(
        with_({ offer: 'trip', giver: 'other', why: 'private', need: 'yes', value: 'symbolic' }),
      );
      expect(advice.verdict).toBe('ask');
      expect(advice.reasons).toEqual(['employerShouldPay']);
    });

    it('does not treat a private friend as private while a matter is unclear', () => {
      const advice = adviseOn(
        with_({ giver: 'other', why: 'private', value: 'noticeable', pending: 'unknown' }),
      );
      expect(advice.verdict).toBe('ask');
      expect(advice.reasons).toContain('aboveSymbolic');
    });
  });

  it('gives a verdict, reasons and the bribery rule for every combination of answers', () => {
    for (const offer of offers)
      for (const value of values)
        for (const giver of givers)
          for (const pending of yesNoUnknown)
            for (const why of whys)
              for (const need of yesNo)
                for (const employer of employerViews)
                  for (const outside of outsideViews) {
                    const a = { offer, value, giver, pending, why, need, employer, outside };
                    const advice = adviseOn(a);
                    expect(advice.reasons.length).toBeGreaterThan(0);
                    expect(advice.rules[0]).toBe('bribery');
                    // Conservative: never "acceptable" with cash, a "no", a doubt or a pending matter.
                    if (advice.verdict === 'acceptable') {
                      expect(offer).not.toBe('cash');
                      expect(employer).toBe('allowed');
                      expect(outside).toBe('fine');
                      expect(pending).toBe('no');
                      expect(why).not.toBe('unknown');
                      expect(giver).not.toBe('case-party');
                    }
                  }
  });
});

describe('completeAnswers', () => {
  it('is null while a step is missing or holds an unknown value', () => {
    expect(completeAnswers({})).toBeNull();
    const { outside: _outside, ...partial } = coffee;
    expect(completeAnswers(partial)).toBeNull();
    expect(completeAnswers({ ...coffee, value: '500 kr' })).toBeNull();
    expect(completeAnswers(coffee)).toEqual(coffee);
  });
});
