/**
 * The builder form's values, and how they become an assignment draft: text
 * trimmed and without invisible characters, the pass mark read as a whole percent, empty optional fields left
 * out, and every problem tied to the field it belongs to.
 */
import { type AssignmentDraft, isRealDate, LIMITS } from '@/domain/assignment';
import { IDENTIFIER_KINDS, type IdentifierKind } from '@/domain/identifier';
import { type DraftProblem, validateDraft } from './assignment-draft';
import { withoutHiddenCharacters } from '@/lib/plain-text';

export interface FormValues {
  title: string;
  organisation: string;
  contact: string;
  modules: string[];
  /** Whole percent as typed. */
  passMark: string;
  /** YYYY-MM-DD, or empty. */
  due: string;
  policyUrl: string;
  reportingUrl: string;
  /** What each learner is asked for; `none` matches results by name only, as links before version 3. */
  identifiedBy: IdentifiedByChoice;
}

/** The choices of how learners are told apart, in the order the form shows them. */
export const IDENTIFIED_BY_CHOICES = [...IDENTIFIER_KINDS, 'none'] as const;
export type IdentifiedByChoice = IdentifierKind | 'none';

export type FormField = keyof FormValues;

/** The fields in the order the form shows them (errors are listed in this order). */
export const FORM_FIELDS: readonly FormField[] = [
  'title',
  'organisation',
  'contact',
  'modules',
  'passMark',
  'due',
  'policyUrl',
  'reportingUrl',
  'identifiedBy',
];

export type ErrorKey =
  | 'titleRequired'
  | 'organisationRequired'
  | 'tooLong'
  | 'characters'
  | 'modulesRequired'
  | 'passMark'
  | 'date'
  | 'pastDate'
  | 'url'
  | 'identifiedBy';

export interface FieldError {
  key: ErrorKey;
  /** For `tooLong`: the most characters allowed. */
  max?: number;
}

export type FormErrors = Partial<Record<FormField, FieldError>>;

export const emptyForm = (passMarkPercent: number): FormValues => ({
  title: '',
  organisation: '',
  contact: '',
  modules: [],
  passMark: String(passMarkPercent),
  due: '',
  policyUrl: '',
  reportingUrl: '',
  identifiedBy: 'email',
});

const MAX: Partial<Record<FormField, number>> = {
  title: LIMITS.title,
  organisation: LIMITS.organisation,
  contact: LIMITS.contact,
};

function toError(problem: DraftProblem): FieldError {
  switch (problem.kind) {
    case 'required':
      return {
        key:
          problem.field === 'modules'
            ? 'modulesRequired'
            : problem.field === 'organisation'
              ? 'organisationRequired'
              : 'titleRequired',
      };
    case 'too-long':
      return { key: 'tooLong', max: MAX[problem.field] ?? LIMITS.url };
    case 'characters':
      return { key: 'characters' };
    case 'unknown-module':
    case 'too-many':
    case 'duplicate-module':
      return { key: 'modulesRequired' };
    case 'pass-mark':
      return { key: 'passMark' };
    case 'date':
      return { key: 'date' };
    case 'url':
      return { key: 'url' };
    case 'identified-by':
      return { key: 'identifiedBy' };
  }
}

/**
 * The draft the form describes, or the problems that stop it, one per field.
 * The organisation is required here (a link may lack one). A due date before
 * `today` (YYYY-MM-DD) is refused, as it is surely a slip.
 */
export function readForm(
  values: FormValues,
  today: string,
): { draft: AssignmentDraft; errors: null } | { draft: null; errors: FormErrors } {
  const errors: FormErrors = {};
  const percent = values.passMark.trim();
  const due = values.due.trim();
  // Invisible characters a trainer cannot see (pasted with the text) are dropped, not refused.
  const typed = (text: string) => withoutHiddenCharacters(text).trim();
  const draft: AssignmentDraft = {
    title: typed(values.title),
    organisation: typed(values.organisation),
    contact: typed(values.contact),
    modules: values.modules,
    passMark: /^\d{1,3}$/.test(percent) ? Number(percent) / 100 : Number.NaN,
  };
  if (due) draft.due = due;
  if (typed(values.policyUrl)) draft.policyUrl = typed(values.policyUrl);
  if (typed(values.reportingUrl)) draft.reportingUrl = typed(values.reportingUrl);
  if (values.identifiedBy !== 'none') draft.identifiedBy = values.identifiedBy;

  for (const problem of validateDraft(draft)) {
    errors[problem.field] ??= toError(problem);
  }
  if (!draft.organisation) errors.organisation ??= { key: 'organisationRequired' };
  if (due && isRealDate(due) && due < today) errors.due ??= { key: 'pastDate' };
  return Object.keys(errors).length > 0 ? { draft: null, errors } : { draft, errors: null };
}
