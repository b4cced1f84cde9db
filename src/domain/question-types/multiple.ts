/** "Select all that apply": one or more right options, chosen with checkboxes. */
import { isExactlyTheCorrectOptions, type QuestionTypeRules } from './question-type';

export const multiple: QuestionTypeRules = {
  input: 'checkbox',
  fixedOrder: false,
  hintKey: 'selectAll',
  emptyKey: 'chooseAtLeastOne',
  optionLabel: (option) => option.text,
  isCorrect: isExactlyTheCorrectOptions,
};
