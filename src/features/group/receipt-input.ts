/**
 * A decoded receipt as the group's table reads it: the fields of the
 * contract's Receipt v3 (src/features/assignment/receipt.ts) the table uses.
 * Every receipt the codec returns fits it; tests build it by hand.
 */
import type { IdentifierKind } from '@/domain/identifier';

export type ModuleStatus = 'passed' | 'started' | 'not-started';

export interface ReceiptModuleInput {
  id: string;
  status: ModuleStatus;
  /** Best score of a finished fresh attempt (0–1), when there is one. */
  score?: number;
  /** YYYY-MM-DD, when passed. */
  passedOn?: string;
}

export interface ReceiptInput {
  name: string;
  language?: string;
  /** The learner's normalised identifier, when the assignment asked for one. */
  learnerId?: string;
  assignment: {
    id: string;
    title: string;
    organisation: string;
    passMark: number;
    due?: string;
    identifiedBy?: IdentifierKind;
  };
  modules: readonly ReceiptModuleInput[];
  /** YYYY-MM-DD the receipt was made. */
  madeOn: string;
  /** YYYY-MM-DD the last module was passed; present when every module is. */
  completedOn?: string;
  courseVersion: string;
}

/** A receipt with the check the codec computed for it. */
export interface CheckedReceipt {
  receipt: ReceiptInput;
  check: string;
}
