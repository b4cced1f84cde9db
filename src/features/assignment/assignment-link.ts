/**
 * The assignment link: a trainer's assignment packed into a short, URL-safe
 * code, so that it travels in a link (`…#/a/<code>`) with no server.
 *
 * A code is `3.<body>.<check>` in the app's wire format (src/lib/wire/envelope.ts).
 * The payload is JSON with one-letter keys, to keep links short:
 * `t` title, `o` organisation, `c` contact, `m` the module ids in the order
 * assigned, `p` the pass mark as a whole percent, and, when given, `d` the due
 * date (YYYY-MM-DD), `u` the policy URL, `r` the reporting URL and (since
 * version 3) `i` what each learner is asked for: `email` or `employee-number`.
 * Modules are named by id, so any number of modules works. Links of version 2
 * (the same payload without `i`) and version 1 (assignment-link-v1.ts) are
 * still read.
 *
 * The assignment's id is derived from the check, so the same link always
 * gives the same id, and accepting it twice changes nothing.
 */
import { z } from 'zod/mini';
import {
  decodeWire,
  encodeWire,
  jsonReader,
  type WireFormat,
  type WireProblem,
} from '@/lib/wire/envelope';
import { AssignmentDraft, assignmentFields } from '@/domain/assignment';
import { type LinkedAssignment, validateDraft } from './assignment-draft';
import { readLinkV1 } from './assignment-link-v1';
import { assignmentIdOf } from './assignment-id';

export type LinkProblem = WireProblem;

export type DecodeResult =
  { ok: true; assignment: LinkedAssignment } | { ok: false; reason: LinkProblem };

export const LINK_VERSION = 3;

const { title, organisation, contact, modules, due, policyUrl, reportingUrl, identifiedBy } =
  assignmentFields;

/**
 * The shape of a version 2 payload: the assignment's own field schemas
 * (src/domain/assignment.ts) under one-letter keys, the pass mark as a whole
 * percent.
 */
const LinkV2 = z.object({
  t: title,
  o: organisation,
  c: contact,
  m: modules,
  p: z.int().check(z.gte(50), z.lte(100)),
  d: due,
  u: policyUrl,
  r: reportingUrl,
});
type LinkV2 = z.infer<typeof LinkV2>;

/** Version 3: version 2 and, when the assignment asks each learner for one, `i` the identifier's kind. */
const LinkV3 = z.object({ ...LinkV2.shape, i: identifiedBy });
type LinkV3 = z.infer<typeof LinkV3>;

/** A draft only when the assignment's schema holds: a link never gives half an assignment. */
function valid(draft: AssignmentDraft): AssignmentDraft | null {
  const parsed = AssignmentDraft.safeParse(draft);
  return parsed.success ? parsed.data : null;
}

function fromV3(link: LinkV3): AssignmentDraft | null {
  const draft: AssignmentDraft = {
    title: link.t,
    organisation: link.o,
    contact: link.c,
    modules: link.m,
    passMark: link.p / 100,
  };
  if (link.d !== undefined) draft.due = link.d;
  if (link.u !== undefined) draft.policyUrl = link.u;
  if (link.r !== undefined) draft.reportingUrl = link.r;
  if (link.i !== undefined) draft.identifiedBy = link.i;
  return valid(draft);
}

function toV3(draft: AssignmentDraft): LinkV3 {
  const link: LinkV3 = {
    t: draft.title,
    o: draft.organisation,
    c: draft.contact,
    m: [...draft.modules],
    p: Math.round(draft.passMark * 100),
  };
  if (draft.due) link.d = draft.due;
  if (draft.policyUrl) link.u = draft.policyUrl;
  if (draft.reportingUrl) link.r = draft.reportingUrl;
  if (draft.identifiedBy) link.i = draft.identifiedBy;
  return link;
}

/** Links: every version ever written, read for ever. */
const LINK_FORMAT: WireFormat<AssignmentDraft, LinkV3> = {
  prefix: '',
  version: LINK_VERSION,
  schema: LinkV3,
  maxCodeLength: 8000,
  maxPayloadBytes: 16 * 1024,
  readers: {
    1: { layout: 'envelope', read: (payload) => readLinkV1(payload, valid) },
    2: jsonReader(LinkV2, fromV3),
    3: jsonReader(LinkV3, fromV3),
  },
};

export { assignmentIdOf };

/**
 * Packs a draft into a link code (`3.<body>.<check>`). The same draft always
 * gives the same code. Rejects with a RangeError when {@link validateDraft}
 * finds a problem, so a code is only ever made from a valid assignment.
 * (The work is synchronous; the promise keeps the callers as they were.)
 */
export async function encodeAssignment(draft: AssignmentDraft): Promise<string> {
  const problems = validateDraft(draft);
  if (problems.length > 0) {
    throw new RangeError(`invalid assignment: ${problems.map((p) => p.field).join(', ')}`);
  }
  return encodeWire(LINK_FORMAT, toV3(draft));
}

/**
 * Reads a link code of any version back into an assignment. Never throws,
 * and never returns part of an assignment: either every field is valid, or
 * the code is refused with why: `truncated` (cut short), `tampered` (changed:
 * the check does not match), `unknown-version` (made by a newer version of
 * the app) or `invalid` (anything else).
 */
export async function decodeAssignment(code: unknown): Promise<DecodeResult> {
  if (typeof code !== 'string') return { ok: false, reason: 'invalid' };
  const trimmed = code.trim();
  const result = decodeWire(LINK_FORMAT, trimmed);
  if (!result.ok) return result;
  return { ok: true, assignment: { id: assignmentIdOf(trimmed), ...result.value } };
}
