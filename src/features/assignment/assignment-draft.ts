/**
 * The builder form's rules of a valid draft, field by field. The rules
 * themselves are the assignment schema's (src/domain/assignment.ts), which
 * every link is checked against when it is made and when it is read: here
 * its issues become one problem per field, the kinds the form's messages name.
 */
import type { z } from 'zod/mini';
import { AssignmentDraft, assignmentFields } from '@/domain/assignment';
import type { Assignment } from '@/store/schema';

export type { AssignmentDraft } from '@/domain/assignment';

/** A decoded assignment, ready to be accepted (add `acceptedAt`). */
export type LinkedAssignment = Omit<Assignment, 'acceptedAt'>;

export type DraftField = keyof AssignmentDraft;

/** The kinds of problem, the most telling first: a field shows the first of its problems. */
const KINDS = [
  'required',
  'too-long',
  'too-many',
  'characters',
  'unknown-module',
  'duplicate-module',
  'pass-mark',
  'date',
  'url',
  'identified-by',
] as const;

export type DraftProblemKind = (typeof KINDS)[number];

export interface DraftProblem {
  field: DraftField;
  kind: DraftProblemKind;
}

const FIELDS = Object.keys(assignmentFields) as DraftField[];

/**
 * The problem an issue of the schema is, by the field and the check that
 * failed: a text too short is missing, too long is too long, and its own
 * check is about its characters; for the modules, an issue inside the list is
 * an id that is not one, and the list's own check is about duplicates.
 */
function kindOf(field: DraftField, issue: z.core.$ZodIssue): DraftProblemKind {
  switch (field) {
    case 'title':
    case 'organisation':
    case 'contact':
      if (issue.code === 'too_big') return 'too-long';
      return issue.code === 'custom' ? 'characters' : 'required';
    case 'modules':
      if (issue.path.length > 1) return 'unknown-module';
      if (issue.code === 'too_big') return 'too-many';
      return issue.code === 'custom' ? 'duplicate-module' : 'required';
    case 'passMark':
      return 'pass-mark';
    case 'due':
      return 'date';
    case 'policyUrl':
    case 'reportingUrl':
      return 'url';
    case 'identifiedBy':
      return 'identified-by';
  }
}

/**
 * Everything wrong with a draft, one problem per field in the form's order;
 * empty when it can be made into a link.
 */
export function validateDraft(draft: AssignmentDraft): DraftProblem[] {
  const parsed = AssignmentDraft.safeParse(draft);
  if (parsed.success) return [];
  const problems: DraftProblem[] = [];
  for (const field of FIELDS) {
    const kinds = parsed.error.issues
      .filter((issue) => issue.path[0] === field)
      .map((issue) => KINDS.indexOf(kindOf(field, issue)));
    if (kinds.length > 0) problems.push({ field, kind: KINDS[Math.min(...kinds)]! });
  }
  return problems;
}
