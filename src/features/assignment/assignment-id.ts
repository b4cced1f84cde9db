import { CHECK_LENGTH } from '@/lib/wire/check-length';

/**
 * The id an assignment gets from its link code: `link-` and the code's check.
 * The same link always gives the same id, so accepting it twice changes nothing.
 */
export function assignmentIdOf(code: string): string {
  return `link-${code.slice(-CHECK_LENGTH)}`;
}
