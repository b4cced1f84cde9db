/** Every kind of quiz question the app can show, by the `type` the content gives it. */
import type { Question, QuestionType } from '@/types/content';
import { multiple } from './multiple';
import type { QuestionTypeRules } from './question-type';
import { single } from './single';
import { truefalse } from './truefalse';

const QUESTION_TYPES: Record<QuestionType, QuestionTypeRules> = { single, multiple, truefalse };

/** The rules of `question`'s kind. */
export function questionType(question: Pick<Question, 'type'>): QuestionTypeRules {
  return QUESTION_TYPES[question.type];
}
