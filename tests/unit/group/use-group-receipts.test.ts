import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { encodeReceiptCode, receiptToJson } from '@/features/assignment/receipt-codec';
import { useGroupReceipts } from '@/features/group/use-group-receipts';
import { useTrainerStore } from '@/features/group/trainer-store';
import { realisticReceipt } from '../assignment/arbitraries';

describe('useGroupReceipts', () => {
  it('reads a group’s kept codes and files, and counts what it refuses', async () => {
    const id = realisticReceipt.assignment.id;
    const code = await encodeReceiptCode(realisticReceipt);
    const other = { ...realisticReceipt, name: 'Bo Berg' };
    const changed = `${code.slice(0, -1)}${code.endsWith('A') ? 'B' : 'A'}`;
    useTrainerStore.getState().keepReceipts([
      { text: code, receipt: realisticReceipt },
      { text: receiptToJson(other), receipt: other },
      { text: changed, receipt: realisticReceipt },
    ]);
    const { result, rerender } = renderHook(() => useGroupReceipts(id));
    await waitFor(() => expect(result.current.reading).toBe(false));
    expect(result.current.receipts.map((r) => r.receipt.name)).toEqual([
      'Kim Andersson',
      'Bo Berg',
    ]);
    expect(result.current.refused).toBe(1);
    const before = result.current;
    rerender();
    expect(result.current).toBe(before);
  });

  it('gives nothing for a group that is not kept', () => {
    const { result } = renderHook(() => useGroupReceipts('link-none'));
    expect(result.current).toEqual({ receipts: [], refused: 0, reading: false });
  });
});
