/** A statement that is true or false; the options are named by the interface, always true first. */
import { isExactlyTheCorrectOptions, type QuestionTypeRules } from './question-type';

export const truefalse: QuestionTypeRules = {
  input: 'radio',
  fixedOrder: true,
  kindKey: 'trueOrFalse',
  emptyKey: 'chooseOne',
  optionLabel: (option, words) => (option.id === 'true' ? words.trueLabel : words.falseLabel),
  isCorrect: isExactlyTheCorrectOptions,
};
