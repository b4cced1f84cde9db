/** Receipts in the contract's v3 shape for the group's table tests. */
import type {
  CheckedReceipt,
  ReceiptInput,
  ReceiptModuleInput,
} from '@/features/group/receipt-input';

export const MODULES = ['m1', 'm3', 'm5'] as const;
export const KNOWN = new Set(['m1', 'm2', 'm3', 'm4', 'm5']);

const passed = (id: string, passedOn = '2026-11-20', score = 0.9): ReceiptModuleInput => ({
  id,
  status: 'passed',
  score,
  passedOn,
});

/** A receipt for assignment "a1" (pass mark 80 %, due 2026-11-30), every module passed unless told. */
export function receipt(
  name: string,
  options: {
    learnerId?: string;
    modules?: ReceiptModuleInput[];
    madeOn?: string;
    check?: string;
  } = {},
): CheckedReceipt {
  const modules = options.modules ?? MODULES.map((id) => passed(id));
  const complete = modules.every((m) => m.status === 'passed');
  const madeOn = options.madeOn ?? '2026-11-20';
  const r: ReceiptInput = {
    name,
    assignment: {
      id: 'a1',
      title: 'Mutor och jäv',
      organisation: 'Kommunen',
      passMark: 0.8,
      due: '2026-11-30',
      identifiedBy: 'email',
    },
    modules,
    madeOn,
    courseVersion: '1.0.0',
  };
  if (options.learnerId !== undefined) r.learnerId = options.learnerId;
  if (complete) {
    r.completedOn = modules
      .map((m) => m.passedOn ?? '')
      .sort()
      .at(-1)!;
  }
  return { receipt: r, check: options.check ?? `c-${name}-${madeOn}` };
}

export { passed };
