/**
 * Notes on a set of answers beside the advice, as data: answers that do not fit
 * together (the learner is asked, kindly, to check one), and why the employer's
 * permission does not change a "decline". Pure; the text is in selfcheck.json
 * under `notes`.
 *
 * | note                 | kind    | when                                                    | step to check |
 * | -------------------- | ------- | ------------------------------------------------------- | ------------- |
 * | tripValuedLow        | check   | a trip or a course valued as symbolic or "a little"     | value         |
 * | eventValuedSymbolic  | check   | an event or a ticket valued as symbolic                 | value         |
 * | favourValuedSymbolic | check   | a favour such as work in your home valued as symbolic   | value         |
 * | partyNotPending      | check   | the giver has a matter with you, yet "no" to a matter   | pending       |
 * |                      |         | you decide on or can influence                          |               |
 * | permissionAndDecision| explain | "decline" although the employer allows it, and the      |               |
 * |                      |         | giver can be affected by what you decide                |               |
 * | permissionNotEnough  | explain | "decline" although the employer allows it, otherwise    |               |
 *
 * The explanations rest on what the course says: the employer's rules and the
 * law are two things, and whether a benefit is improper is judged from all the
 * circumstances, among them that it comes from someone your decision concerns
 * (brottsbalken 10 kap. 5 a §).
 */
import type { Advice, SelfCheckAnswers } from './advice';
import type { StepId } from './steps';

export type NoteKey =
  | 'tripValuedLow'
  | 'eventValuedSymbolic'
  | 'favourValuedSymbolic'
  | 'partyNotPending'
  | 'permissionAndDecision'
  | 'permissionNotEnough';

/** The steps a note can ask the learner to check again. */
export type CheckedStep = Extract<StepId, 'value' | 'pending'>;

export type Note =
  { kind: 'check'; key: NoteKey; step: CheckedStep } | { kind: 'explain'; key: NoteKey };

interface NoteRule {
  note: Note;
  when: (answers: SelfCheckAnswers, advice: Advice) => boolean;
}

const affectedByYourDecisions = (a: SelfCheckAnswers) =>
  a.pending === 'yes' || a.giver === 'case-party';
const declinedDespitePermission = (a: SelfCheckAnswers, advice: Advice) =>
  advice.verdict === 'decline' && a.employer === 'allowed';

export const noteRules: readonly NoteRule[] = [
  {
    note: { kind: 'check', key: 'tripValuedLow', step: 'value' },
    when: (a) => a.offer === 'trip' && (a.value === 'symbolic' || a.value === 'modest'),
  },
  {
    note: { kind: 'check', key: 'eventValuedSymbolic', step: 'value' },
    when: (a) => a.offer === 'event' && a.value === 'symbolic',
  },
  {
    note: { kind: 'check', key: 'favourValuedSymbolic', step: 'value' },
    when: (a) => a.offer === 'favour' && a.value === 'symbolic',
  },
  {
    note: { kind: 'check', key: 'partyNotPending', step: 'pending' },
    when: (a) => a.giver === 'case-party' && a.pending === 'no',
  },
  {
    note: { kind: 'explain', key: 'permissionAndDecision' },
    when: (a, advice) => declinedDespitePermission(a, advice) && affectedByYourDecisions(a),
  },
  {
    note: { kind: 'explain', key: 'permissionNotEnough' },
    when: (a, advice) => declinedDespitePermission(a, advice) && !affectedByYourDecisions(a),
  },
];

/** The notes that apply to these answers and this advice, in the table's order. */
export function notesOn(answers: SelfCheckAnswers, advice: Advice): Note[] {
  return noteRules.filter((rule) => rule.when(answers, advice)).map((rule) => rule.note);
}
