/**
 * A decoded receipt as the group's table reads it: the contract's Receipt v3
 * shape (src/features/assignment/receipt.ts), restated here because a feature
 * does not import another. Any receipt the codec returns fits it.
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

/** A decoded receipt of any format version: before version 3 modules had no status and receipts no madeOn. */
export type AnyReceipt = Omit<ReceiptInput, 'modules' | 'madeOn'> & {
  modules: readonly (Omit<ReceiptModuleInput, 'status'> & { status?: ModuleStatus })[];
  madeOn?: string;
};

/**
 * The receipt in the table's shape. A receipt of format 1 or 2 was made when
 * it was complete, with every module passed (the contract's reading of them).
 */
export function receiptInput(receipt: AnyReceipt): ReceiptInput {
  return {
    ...receipt,
    madeOn: receipt.madeOn ?? receipt.completedOn ?? '',
    modules: receipt.modules.map((m) => ({ ...m, status: m.status ?? 'passed' })),
  };
}
