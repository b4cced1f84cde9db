/** One right option among several, chosen with radio buttons. */
import { isExactlyTheCorrectOptions, type QuestionTypeRules } from './question-type';

export const single: QuestionTypeRules = {
  input: 'radio',
  fixedOrder: false,
  emptyKey: 'chooseOne',
  optionLabel: (option) => option.text,
  isCorrect: isExactlyTheCorrectOptions,
};
