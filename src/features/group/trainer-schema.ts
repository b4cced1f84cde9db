/**
 * What a trainer keeps in this browser, as a schema: the assignments made here
 * and the receipts and roster of each group. Stored under its own key
 * (trainer-storage.ts), never mixed with the learner's progress. Everything
 * read back from storage or a backup file is checked against it.
 * Change it only together with a new version and migration (trainer-migrations.ts).
 */
import { z } from 'zod/mini';
import {
  AssignmentDraft,
  assignmentFields,
  cleanText,
  LIMITS,
  RealDate,
} from '@/domain/assignment';
import {
  Identifier,
  IdentifierKindSchema,
  isIdentifier,
  normaliseIdentifier,
} from '@/domain/identifier';
import { holds } from '@/lib/wire/holds';
import { id, time } from '@/store/schema';

export const TRAINER_VERSION = 2;

/** The most learners on one group's roster, and the most receipts kept for one group. */
export const MAX_ROSTER = 2_000;
export const MAX_KEPT_RECEIPTS = 2_000;
/** The most groups kept in one browser. */
export const MAX_GROUPS = 500;
/** The longest name on a roster (as long as a receipt's name may be). */
export const MAX_ROSTER_NAME = 120;
/**
 * The longest receipt text kept: the codec's MAX_RECEIPT_CHARS (receipt-codec.ts), written out so
 * that the builder page does not load the codec (a test keeps the two equal).
 */
export const MAX_KEPT_RECEIPT_CHARS = 100_000;
/** A link code is at most 16 KiB of payload; its text is a little longer. */
const MAX_LINK_CODE = 24_000;

const storedText = (min: number, max: number) => cleanText(min, max, { dropHidden: true });

/** An e-mail address, normalised, to write to a learner. */
const Email = z
  .string()
  .check(holds((v) => isIdentifier('email', v) && normaliseIdentifier('email', v) === v, 'email'));

export const RosterEntry = z.object({
  name: storedText(1, MAX_ROSTER_NAME),
  /** The learner's identifier of the kind the assignment asks for, normalised. */
  identifier: z.optional(Identifier),
  email: z.optional(Email),
});

export const KeptReceipt = z.object({
  /** The receipt code or JSON file text, as it was read. */
  text: z.string().check(z.minLength(1), z.maxLength(MAX_KEPT_RECEIPT_CHARS)),
  importedAt: time,
});

const distinct = <T>(key: (item: T) => string) =>
  holds((list: T[]) => new Set(list.map(key)).size === list.length, 'duplicate');

/** The longest key of a pairing: an identifier or a roster name with an address, and a prefix. */
const MAX_PAIRING_KEY = 400;
const pairingKey = z.string().check(z.minLength(1), z.maxLength(MAX_PAIRING_KEY));

/**
 * The trainer's word that a receipt's learner is a roster entry: for the learner who typed their
 * address wrong. `receipt` is who the receipt says it is from (learner-rows' `receiptKey`), `entry`
 * the roster entry (`rosterKey`). Added in version 2.
 */
export const Pairing = z.object({ receipt: pairingKey, entry: pairingKey });

export const TrainerGroup = z.object({
  /** The assignment's id: `receipt.assignment.id`, `assignmentIdOf(linkCode)`. */
  assignmentId: id,
  title: storedText(1, LIMITS.title),
  identifiedBy: z.optional(IdentifierKindSchema),
  /** The assignment's module ids, in order. */
  modules: assignmentFields.modules,
  due: z.optional(RealDate),
  /** The link, when the assignment was made in this browser. */
  link: z.optional(
    z.object({
      code: z.string().check(z.minLength(1), z.maxLength(MAX_LINK_CODE)),
      draft: AssignmentDraft,
      createdAt: time,
    }),
  ),
  roster: z.array(RosterEntry).check(z.maxLength(MAX_ROSTER)),
  /** Distinct texts. */
  receipts: z.array(KeptReceipt).check(
    z.maxLength(MAX_KEPT_RECEIPTS),
    distinct((r: KeptReceipt) => r.text),
  ),
  /** One per receipt key at most. */
  pairings: z.optional(
    z.array(Pairing).check(
      z.maxLength(MAX_ROSTER),
      distinct((p: Pairing) => p.receipt),
    ),
  ),
  updatedAt: time,
});

/** Everything kept: the groups by assignment id (each filed under its own id). */
export const TrainerState = z.object({
  groups: z
    .record(id, TrainerGroup)
    .check(
      holds(
        (groups) =>
          Object.keys(groups).length <= MAX_GROUPS &&
          Object.entries(groups).every(([key, group]) => group.assignmentId === key),
        'group-key',
      ),
    ),
});

export type RosterEntry = z.infer<typeof RosterEntry>;
export type KeptReceipt = z.infer<typeof KeptReceipt>;
export type Pairing = z.infer<typeof Pairing>;
export type TrainerGroup = z.infer<typeof TrainerGroup>;
export type TrainerState = z.infer<typeof TrainerState>;
