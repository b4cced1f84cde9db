/**
 * The self-check's advice: a pure function from the learner's answers to a
 * verdict, the reasons behind it and the rules it rests on. No amounts in
 * kronor: the law has no amount limit, so value is asked for in words.
 *
 * The rules, checked in this order. The strictest level that applies wins, and
 * the reasons shown are the ones of that level.
 *
 * | level   | when                                                              | reason key            |
 * | ------- | ----------------------------------------------------------------- | --------------------- |
 * | decline | money, a gift card or another cash-like gift                      | cash                  |
 * | decline | the giver is in a procurement or has a matter you can influence,  | pendingAboveSymbolic  |
 * |         | or has a case pending with you, and it is more than symbolic      |                       |
 * | decline | a supplier pays a trip or a course                                | supplierTrip          |
 * |         | (and you need it for work: your employer should pay)              | employerShouldPay     |
 * | decline | a supplier offers an event or ticket you do not need for work     | supplierEvent         |
 * | decline | a supplier or a party offers a favour or service (e.g. home work) | favourFromWork        |
 * | decline | something large from a supplier, a party or a client             | largeFromWork         |
 * | decline | your employer does not allow it                                   | employerForbids       |
 * | decline | you would not want to read about it in the newspaper              | newspaper             |
 * | ask     | symbolic, but the giver is in a procurement or has a case with    | pendingSymbolic       |
 * |         | you                                                               |                       |
 * | ask     | you do not know whether the giver is in a procurement or a case   | pendingUnknown        |
 * | ask     | you do not know why you are offered it                            | whyUnknown            |
 * | ask     | "it is private", but the giver is someone you meet at work        | privateButWorkContact |
 * | ask     | you do not know what your employer says                           | employerUnknown       |
 * | ask     | it could be questioned from the outside                           | couldBeQuestioned     |
 * | ask     | more than symbolic, from someone outside your private life or     | aboveSymbolic         |
 * |         | workplace (colleagues, your employer and private friends aside)   |                       |
 * | ask     | …and you do not need it for work                                  | notNeeded             |
 * | ask     | more than symbolic, from a patient, client, pupil or their family | clientRelationship    |
 * | ask     | a discount from a supplier                                        | supplierDiscount      |
 * | ask     | a trip, course or event you need for work, paid by someone        | employerShouldPay     |
 * |         | outside your workplace                                            |                       |
 * | accept  | none of the above: e.g. symbolic, no procurement or case, your    | symbolic, notPending, |
 * |         | employer allows it and it looks fine from the outside             | employerAllows, …     |
 *
 * The rules shown: the bribery offence (always); good practice on cash (cash-like
 * offers); Förvaltningslagen on disqualification (a party, or a matter you can
 * influence); Näringslivskoden (a supplier, or a procurement or matter).
 */

export const offers = [
  'gift',
  'meal',
  'event',
  'trip',
  'discount',
  'favour',
  'cash',
  'other',
] as const;
export const values = ['symbolic', 'modest', 'noticeable', 'large'] as const;
export const givers = ['supplier', 'case-party', 'client', 'colleague', 'other'] as const;
export const yesNoUnknown = ['yes', 'no', 'unknown'] as const;
export const whys = ['work', 'unknown', 'private'] as const;
export const yesNo = ['yes', 'no'] as const;
export const employerViews = ['allowed', 'forbidden', 'unknown'] as const;
export const outsideViews = ['fine', 'questioned', 'newspaper'] as const;

/** Everything the learner answers, one value per step. */
export interface SelfCheckAnswers {
  offer: (typeof offers)[number];
  value: (typeof values)[number];
  giver: (typeof givers)[number];
  /** In an ongoing or coming procurement, or with a matter under your decisions or influence. */
  pending: (typeof yesNoUnknown)[number];
  why: (typeof whys)[number];
  need: (typeof yesNo)[number];
  employer: (typeof employerViews)[number];
  outside: (typeof outsideViews)[number];
}

export type Verdict = 'decline' | 'ask' | 'acceptable';

export type ReasonKey =
  | 'cash'
  | 'pendingAboveSymbolic'
  | 'supplierTrip'
  | 'employerShouldPay'
  | 'supplierEvent'
  | 'favourFromWork'
  | 'largeFromWork'
  | 'employerForbids'
  | 'newspaper'
  | 'pendingSymbolic'
  | 'pendingUnknown'
  | 'whyUnknown'
  | 'privateButWorkContact'
  | 'employerUnknown'
  | 'couldBeQuestioned'
  | 'aboveSymbolic'
  | 'notNeeded'
  | 'clientRelationship'
  | 'supplierDiscount'
  | 'symbolic'
  | 'privateMatter'
  | 'colleague'
  | 'notPending'
  | 'employerAllows'
  | 'looksFine';

export type RuleKey = 'bribery' | 'cash' | 'disqualification' | 'businessCode';

export interface Advice {
  verdict: Verdict;
  reasons: ReasonKey[];
  rules: RuleKey[];
}

const workContacts: readonly SelfCheckAnswers['giver'][] = ['supplier', 'case-party', 'client'];

/** Works out the advice for a complete set of answers. Pure: same answers, same advice. */
export function adviseOn(a: SelfCheckAnswers): Advice {
  const symbolic = a.value === 'symbolic';
  const supplier = a.giver === 'supplier';
  const workContact = workContacts.includes(a.giver);
  // The giver can be affected by what you decide: a case pending with you, or a procurement or matter.
  const pending = a.pending === 'yes' || a.giver === 'case-party';
  // Gifts within the workplace, or from a private friend with no link to the job.
  const privateOrInternal =
    a.giver === 'colleague' || (a.giver === 'other' && a.why === 'private' && a.pending === 'no');
  const needsPaying = (a.offer === 'trip' || a.offer === 'event') && a.need === 'yes';

  const decline: ReasonKey[] = [];
  if (a.offer === 'cash') decline.push('cash');
  if (pending && !symbolic) decline.push('pendingAboveSymbolic');
  if (supplier && a.offer === 'trip') {
    decline.push('supplierTrip');
    if (a.need === 'yes') decline.push('employerShouldPay');
  }
  if (supplier && a.offer === 'event' && a.need === 'no') decline.push('supplierEvent');
  if (a.offer === 'favour' && (supplier || a.giver === 'case-party'))
    decline.push('favourFromWork');
  if (a.value === 'large' && workContact) decline.push('largeFromWork');
  if (a.employer === 'forbidden') decline.push('employerForbids');
  if (a.outside === 'newspaper') decline.push('newspaper');

  const ask: ReasonKey[] = [];
  if (pending && symbolic) ask.push('pendingSymbolic');
  if (a.pending === 'unknown') ask.push('pendingUnknown');
  if (a.why === 'unknown') ask.push('whyUnknown');
  if (a.why === 'private' && workContact) ask.push('privateButWorkContact');
  if (a.employer === 'unknown') ask.push('employerUnknown');
  if (a.outside === 'questioned') ask.push('couldBeQuestioned');
  if (!symbolic && !privateOrInternal) {
    ask.push('aboveSymbolic');
    if (a.need === 'no') ask.push('notNeeded');
  }
  if (!symbolic && a.giver === 'client') ask.push('clientRelationship');
  if (supplier && a.offer === 'discount') ask.push('supplierDiscount');
  if (needsPaying && a.giver !== 'colleague') ask.push('employerShouldPay');

  const rules = rulesFor(a, pending);
  if (decline.length > 0) return { verdict: 'decline', reasons: decline, rules };
  if (ask.length > 0) return { verdict: 'ask', reasons: ask, rules };

  const accept: ReasonKey[] = [];
  if (symbolic) accept.push('symbolic');
  if (a.giver === 'colleague') accept.push('colleague');
  else if (a.why === 'private') accept.push('privateMatter');
  accept.push('notPending', 'employerAllows', 'looksFine');
  return { verdict: 'acceptable', reasons: accept, rules };
}

function rulesFor(a: SelfCheckAnswers, pending: boolean): RuleKey[] {
  const rules: RuleKey[] = ['bribery'];
  if (a.offer === 'cash') rules.push('cash');
  if (pending) rules.push('disqualification');
  if (pending || a.giver === 'supplier') rules.push('businessCode');
  return rules;
}
