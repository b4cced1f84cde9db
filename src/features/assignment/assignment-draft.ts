/**
 * What makes an assignment draft valid: the rules the builder form shows
 * field by field, and that every link is checked against when it is made and
 * when it is read. Module ids are checked for their form only: which modules
 * exist is the course's business, so any number of them works.
 */
import type { Assignment } from '@/store/schema';
import { hasHiddenCharacters } from '@/lib/plain-text';

/** An assignment as a trainer fills it in: everything the store keeps but the id and acceptance time. */
export type AssignmentDraft = Omit<Assignment, 'id' | 'acceptedAt'>;

/** A decoded assignment, ready to be accepted (add `acceptedAt`). */
export type LinkedAssignment = Omit<Assignment, 'acceptedAt'>;

export type DraftField = keyof AssignmentDraft;

export type DraftProblemKind =
  | 'required'
  | 'too-long'
  | 'characters'
  | 'unknown-module'
  | 'too-many'
  | 'duplicate-module'
  | 'pass-mark'
  | 'date'
  | 'url';

export interface DraftProblem {
  field: DraftField;
  kind: DraftProblemKind;
}

/** The longest text allowed in each text field, in characters. */
export const LIMITS = { title: 100, organisation: 100, contact: 100, url: 200 } as const;

/** The most modules one assignment can hold (what the store keeps). */
export const MAX_MODULES = 50;
/** A module id as content writes it: lower-case letters, digits and single hyphens. */
const MODULE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Whether `value` is a module id as content writes it (at most 80 characters). */
export function isModuleId(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 80 && MODULE_ID.test(value);
}

// Control characters (newlines, tabs, C1) and unpaired surrogates cannot be typed into a
// one-line field and do not survive UTF-8, so no text field may hold them.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Whether `text` is one clean line: no control characters, no broken characters, no outer
 * spaces, and no bidirectional controls or invisible characters (src/lib/plain-text.ts).
 */
export function isCleanText(text: string): boolean {
  return (
    !CONTROL.test(text) &&
    !LONE_SURROGATE.test(text) &&
    !hasHiddenCharacters(text) &&
    text === text.trim()
  );
}

/** Whether `value` is a real calendar date written YYYY-MM-DD, between the years 2000 and 2199. */
export function isRealDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 2000 || year > 2199 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Whether `value` is an absolute http: or https: address of at most 200 characters, with no spaces. */
export function isWebAddress(value: string): boolean {
  if (value.length > LIMITS.url || /\s/.test(value) || !isCleanText(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '';
  } catch {
    return false;
  }
}

function textProblem(field: DraftField, value: unknown, max: number, required: boolean) {
  if (typeof value !== 'string') return { field, kind: 'required' } as const;
  if (required && value === '') return { field, kind: 'required' } as const;
  if (value.length > max) return { field, kind: 'too-long' } as const;
  if (!isCleanText(value)) return { field, kind: 'characters' } as const;
  return null;
}

/** Whether a share (0–1) is a whole percent from 50 to 100. */
export function isWholePercentMark(passMark: unknown): passMark is number {
  if (typeof passMark !== 'number' || !Number.isFinite(passMark)) return false;
  const percent = Math.round(passMark * 100);
  return percent >= 50 && percent <= 100 && percent / 100 === passMark;
}

/**
 * Everything wrong with a draft, field by field; empty when it can be made
 * into a link. The title is required; organisation and contact may be empty;
 * one to {@link MAX_MODULES} distinct module ids ({@link isModuleId}); the pass mark a
 * whole percent from 50 to 100 (as a share, 0.8 for 80 %); the due date, if
 * given, a real date; the two addresses, if given, http(s) URLs.
 */
export function validateDraft(draft: AssignmentDraft): DraftProblem[] {
  const problems: DraftProblem[] = [];
  const add = (p: DraftProblem | null) => p && problems.push(p);
  add(textProblem('title', draft.title, LIMITS.title, true));
  add(textProblem('organisation', draft.organisation, LIMITS.organisation, false));
  add(textProblem('contact', draft.contact, LIMITS.contact, false));
  const modules: unknown = draft.modules;
  if (!Array.isArray(modules) || modules.length === 0) {
    add({ field: 'modules', kind: 'required' });
  } else if (modules.length > MAX_MODULES) {
    add({ field: 'modules', kind: 'too-many' });
  } else if (!modules.every(isModuleId)) {
    add({ field: 'modules', kind: 'unknown-module' });
  } else if (new Set(modules).size !== modules.length) {
    add({ field: 'modules', kind: 'duplicate-module' });
  }
  if (!isWholePercentMark(draft.passMark)) add({ field: 'passMark', kind: 'pass-mark' });
  if (draft.due !== undefined && (typeof draft.due !== 'string' || !isRealDate(draft.due))) {
    add({ field: 'due', kind: 'date' });
  }
  for (const field of ['policyUrl', 'reportingUrl'] as const) {
    const value: unknown = draft[field];
    if (value !== undefined && (typeof value !== 'string' || !isWebAddress(value))) {
      add({ field, kind: 'url' });
    }
  }
  return problems;
}
