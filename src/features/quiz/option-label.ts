import type { TFunction } from 'i18next';
import { questionType } from '@/domain/question-types/registry';
import type { Question, QuestionOption } from '@/types/content';

/** An option's label as the learner sees it, named by the question's kind. */
export function optionLabel(
  question: Question,
  option: QuestionOption,
  t: TFunction<'quiz'>,
): string {
  return questionType(question).optionLabel(option, {
    trueLabel: t('truefalse.true'),
    falseLabel: t('truefalse.false'),
  });
}
