/**
 * A receipt as the release of format 1 or 2 decoded it (the fixtures keep that
 * shape), in the shape today's app reads every receipt into: every module
 * passed, made on the day it was completed.
 */
interface LegacyReceipt {
  modules: { id: string; score: number; passedOn: string }[];
  completedOn: string;
  [field: string]: unknown;
}

export function asReadToday(receipt: LegacyReceipt) {
  return {
    ...receipt,
    modules: receipt.modules.map((m) => ({ ...m, status: 'passed' })),
    madeOn: receipt.completedOn,
  };
}
