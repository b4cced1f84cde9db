/** The self-check's steps, in order, each with the answers it offers. Text is in selfcheck.json. */
import {
  employerViews,
  givers,
  offers,
  outsideViews,
  type SelfCheckAnswers,
  values,
  whys,
  yesNo,
  yesNoUnknown,
} from './advice';

export type StepId = keyof SelfCheckAnswers;

/** A step's id and answer together, as used for its label key: "offer.gift". */
export type OptionKey = { [S in StepId]: `${S}.${SelfCheckAnswers[S]}` }[StepId];

export interface Step {
  id: StepId;
  options: readonly string[];
}

export const steps: readonly Step[] = [
  { id: 'offer', options: offers },
  { id: 'value', options: values },
  { id: 'giver', options: givers },
  { id: 'pending', options: yesNoUnknown },
  { id: 'why', options: whys },
  { id: 'need', options: yesNo },
  { id: 'employer', options: employerViews },
  { id: 'outside', options: outsideViews },
];

export type PartialAnswers = Partial<Record<StepId, string>>;

/** The label key of an answer the step offers. */
export function optionKey(step: StepId, option: string) {
  return `${step}.${option}` as OptionKey;
}

/** The answers as the advice needs them, or null while a step is unanswered or holds an unknown value. */
export function completeAnswers(answers: PartialAnswers): SelfCheckAnswers | null {
  for (const step of steps) {
    const value = answers[step.id];
    if (value === undefined || !step.options.includes(value)) return null;
  }
  return answers as SelfCheckAnswers;
}
