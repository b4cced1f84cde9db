/**
 * The reader of version 1 assignment links (`1.<body>.<check>`), kept so that
 * links sent before version 2 still open. Nothing writes version 1 any more.
 *
 * The payload is UTF-8 text of eight fields joined by `|`, in this order:
 * title, organisation, contact, modules, pass mark, due date, policy URL,
 * reporting URL. Inside a text field, `\` is written `\\` and `|` is written
 * `\|`. Modules are digits, each a position in the table below; the pass mark
 * is a whole percent; the due date is YYYYMMDD; an empty field means "not
 * given" for the due date and the two URLs.
 */
import type { AssignmentDraft } from './assignment-draft';
import { V1_MODULES } from '@/lib/wire/v1-modules';

const SEPARATOR = '|';

/** Splits on unescaped separators and unescapes; null for a stray backslash. */
function splitFields(payload: string): string[] | null {
  const fields: string[] = [];
  let current = '';
  for (let i = 0; i < payload.length; i++) {
    const char = payload[i]!;
    if (char === '\\') {
      const next = payload[i + 1];
      if (next !== '\\' && next !== SEPARATOR) return null;
      current += next;
      i++;
    } else if (char === SEPARATOR) {
      fields.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  fields.push(current);
  return fields;
}

/**
 * The draft in a version 1 payload, or null when it is not one. `valid`
 * applies today's rules of a valid draft (a v1 link was always valid).
 */
export function readLinkV1(
  payload: string,
  valid: (draft: AssignmentDraft) => AssignmentDraft | null,
): AssignmentDraft | null {
  const fields = splitFields(payload);
  if (!fields || fields.length !== 8) return null;
  const [title, organisation, contact, digits, percent, due, policyUrl, reportingUrl] = fields as [
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  if (!/^[0-6]{1,7}$/.test(digits) || !/^\d{2,3}$/.test(percent)) return null;
  // Only one spelling per assignment: "080" is not 80 %.
  if (String(Number(percent)) !== percent) return null;
  if (due !== '' && !/^\d{8}$/.test(due)) return null;
  const draft: AssignmentDraft = {
    title,
    organisation,
    contact,
    modules: [...digits].map((digit) => V1_MODULES[Number(digit)]!),
    passMark: Number(percent) / 100,
  };
  if (due) draft.due = `${due.slice(0, 4)}-${due.slice(4, 6)}-${due.slice(6)}`;
  if (policyUrl) draft.policyUrl = policyUrl;
  if (reportingUrl) draft.reportingUrl = reportingUrl;
  return valid(draft);
}
