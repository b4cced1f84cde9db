/**
 * What the app needs to know about one kind of quiz question: how it is
 * answered, how its options are named, and when an answer is right. Each kind
 * is one module beside this file; registry.ts lists them, and its type makes a
 * kind that the content schema allows but the app does not know a compile
 * error. The content side of each kind (its schema and checks) lives in the
 * content pipeline.
 */
import type { Question, QuestionOption } from '@/types/content';

/** The strings a question type may show, resolved by the caller in the learner's language. */
export interface QuestionWords {
  trueLabel: string;
  falseLabel: string;
}

export interface QuestionTypeRules {
  /** Radio buttons (one answer) or checkboxes (all that apply). */
  input: 'radio' | 'checkbox';
  /** Whether the options keep their content order instead of being shuffled (true before false). */
  fixedOrder: boolean;
  /** The quiz string shown before the prompt, if the kind has one (e.g. "True or false?"). */
  kindKey?: 'trueOrFalse';
  /** The quiz string shown under the prompt, if any (e.g. "Select all that apply."). */
  hintKey?: 'selectAll';
  /** The quiz string shown when the learner answers without choosing. */
  emptyKey: 'chooseOne' | 'chooseAtLeastOne';
  /** The option's label as the learner and the answer key see it. */
  optionLabel: (option: QuestionOption, words: QuestionWords) => string;
  /** Whether `selected` is the right answer to `question`. */
  isCorrect: (question: Question, selected: readonly string[]) => boolean;
}

/** Right when the selected options are exactly the correct ones, in any order. */
export function isExactlyTheCorrectOptions(question: Question, selected: readonly string[]) {
  const correct = question.options.filter((o) => o.correct).map((o) => o.id);
  return correct.length === selected.length && correct.every((id) => selected.includes(id));
}
