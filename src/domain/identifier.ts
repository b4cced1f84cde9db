/**
 * How a trainer tells learners apart: the identifier an assignment asks each
 * learner for, chosen when the assignment is made. Results are matched by it,
 * never by name, so two people with the same name stay two people and a
 * misspelt name with the right identifier is still the same person.
 */
import { z } from 'zod/mini';
import { holds } from '@/lib/wire/holds';

/** The kinds of identifier an assignment can ask for. */
export const IDENTIFIER_KINDS = ['email', 'employee-number'] as const;
export type IdentifierKind = (typeof IDENTIFIER_KINDS)[number];

/** The longest identifier, in characters (an e-mail address may be 254). */
export const MAX_IDENTIFIER = 254;

const EMAIL = /^[^\s@<>()[\]{},;:"]+@[^\s@<>()[\]{},;:".]+(?:\.[^\s@<>()[\]{},;:".]+)+$/;
const EMPLOYEE_NUMBER = /^[A-Z0-9](?:[A-Z0-9-]{0,38}[A-Z0-9])?$/;

/**
 * The identifier as results compare it: an e-mail address trimmed and in
 * lower case; an employee number without spaces and in upper case.
 */
export function normaliseIdentifier(kind: IdentifierKind, value: string): string {
  const trimmed = value.normalize('NFC').trim();
  return kind === 'email' ? trimmed.toLowerCase() : trimmed.replace(/\s+/g, '').toUpperCase();
}

/** Whether `value`, once normalised, is a plausible identifier of `kind`. */
export function isIdentifier(kind: IdentifierKind, value: string): boolean {
  const normal = normaliseIdentifier(kind, value);
  if (normal.length === 0 || normal.length > MAX_IDENTIFIER) return false;
  return kind === 'email' ? EMAIL.test(normal) : EMPLOYEE_NUMBER.test(normal);
}

export const IdentifierKindSchema = z.enum(IDENTIFIER_KINDS);

/** A stored or sent identifier: already normalised, of either kind. */
export const Identifier = z.string().check(
  z.minLength(1),
  z.maxLength(MAX_IDENTIFIER),
  holds(
    (value) =>
      IDENTIFIER_KINDS.some(
        (kind) => isIdentifier(kind, value) && normaliseIdentifier(kind, value) === value,
      ),
    'identifier',
  ),
);
