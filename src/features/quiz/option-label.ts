import type { TFunction } from 'i18next';
import type { Question, QuestionOption } from '@/types/content';

/** An option's label: its own text, or "True"/"False" for true/false questions. */
export function optionLabel(
  question: Question,
  option: QuestionOption,
  t: TFunction<'quiz'>,
): string {
  if (question.type !== 'truefalse') return option.text;
  return option.id === 'true' ? t('truefalse.true') : t('truefalse.false');
}
