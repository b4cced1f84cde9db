/**
 * The assignment, as one schema: what a trainer's builder form must fill in,
 * what an assignment link carries, what a receipt repeats of it and what the
 * store keeps once a learner accepts it (src/store/schema.ts adds the id and
 * the acceptance time). Every limit is defined here, once.
 * The builder form names each field's problem by the check that failed
 * (assignment-draft.ts). Module ids are checked for their form only: which
 * modules exist is the course's business, so any number of them works.
 */
import { z } from 'zod/mini';
import { hasHiddenCharacters, withoutHiddenCharacters } from '@/lib/plain-text';
import { holds } from '@/lib/wire/holds';
import { IdentifierKindSchema } from './identifier';

/** The longest text allowed in each text field, in characters. */
export const LIMITS = { title: 100, organisation: 100, contact: 100, url: 200 } as const;

/** The most modules one assignment can hold. */
export const MAX_MODULES = 50;

/** A module id as content writes it: lower-case letters, digits and single hyphens. */
const MODULE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

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
  // A day past the end of its month comes back as a day of the next one, or not at all.
  const date = new Date(`${value}T12:00:00Z`);
  return (
    /^2[01]\d\d-\d\d-\d\d$/.test(value) &&
    !Number.isNaN(date.getTime()) &&
    date.toISOString().startsWith(value)
  );
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

/** Whether a share (0–1) is a whole percent from 50 to 100. */
export function isWholePercentMark(passMark: number): boolean {
  const percent = Math.round(passMark * 100);
  return percent >= 50 && percent <= 100 && percent / 100 === passMark;
}

/**
 * One clean line of `min` to `max` characters ({@link isCleanText}). With `dropHidden`,
 * hidden characters are dropped first (text read back from storage) instead of refused
 * (text a check covers, such as a link's).
 */
export const cleanText = (min: number, max: number, { dropHidden = false } = {}) =>
  z
    .string()
    .check(
      ...(dropHidden ? [z.overwrite(withoutHiddenCharacters)] : []),
      z.minLength(min),
      z.maxLength(max),
      holds(isCleanText),
    );

/** A real calendar date, YYYY-MM-DD ({@link isRealDate}). */
export const RealDate = z.string().check(holds(isRealDate));

/** An absolute http(s) address ({@link isWebAddress}): never a javascript: or data: link. */
export const WebAddress = z.string().check(holds(isWebAddress));

/** A pass mark as a share (0.8 for 80 %) that is a whole percent from 50 to 100. */
export const PassMark = z.number().check(holds(isWholePercentMark));

/** A module id as content writes it, at most 80 characters. */
export const ModuleId = z.string().check(z.maxLength(80), z.regex(MODULE_ID));

/**
 * The fields of an assignment, in this order. The title is required;
 * organisation and contact may be empty; one to {@link MAX_MODULES} distinct
 * module ids; the due date, if given, a real date; the two addresses, if
 * given, http(s) URLs. `identifiedBy` is what each learner is asked for when
 * accepting (an e-mail address or an employee number); without it, results are
 * matched by name, as for every link made before link format 3.
 */
export const assignmentFields = {
  title: cleanText(1, LIMITS.title),
  organisation: cleanText(0, LIMITS.organisation),
  contact: cleanText(0, LIMITS.contact),
  modules: z.array(ModuleId).check(
    z.minLength(1, 'required'),
    z.maxLength(MAX_MODULES, 'too-many'),
    holds((ids) => new Set(ids).size === ids.length, 'duplicate-module'),
  ),
  passMark: PassMark,
  due: z.optional(RealDate),
  policyUrl: z.optional(WebAddress),
  reportingUrl: z.optional(WebAddress),
  identifiedBy: z.optional(IdentifierKindSchema),
};

/** An assignment as a trainer fills it in: everything the store keeps but the id and acceptance time. */
export const AssignmentDraft = z.object(assignmentFields);
export type AssignmentDraft = z.infer<typeof AssignmentDraft>;
