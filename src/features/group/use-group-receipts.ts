/**
 * A group's kept receipts, read back with the receipt codec. Each text is
 * decoded once per page load (the results are kept by text), so a table of
 * 250 receipts does not decode them again on every render. A text the codec
 * refuses is counted, never shown as a result.
 */
import { useEffect, useMemo, useState } from 'react';
import type { ReceiptResult } from '@/features/assignment/receipt-codec';
import type { Receipt } from '@/features/assignment/receipt';
import type { KeptReceipt } from './trainer-schema';
import { useTrainerStore } from './trainer-store';

export interface GroupReceipt {
  receipt: Receipt;
  check: string;
  /** The kept text it was read from. */
  text: string;
}

export interface GroupReceipts {
  receipts: GroupReceipt[];
  /** Kept texts the codec refuses (changed since, or from a newer version of the app). */
  refused: number;
  /** Whether some texts are still being read. */
  reading: boolean;
}

const decoded = new Map<string, ReceiptResult>();

/**
 * A kept text read as a receipt file (JSON) or a receipt code. The codec loads
 * when the first kept text is read, so the results page arrives without it.
 */
export async function decodeKeptText(text: string): Promise<ReceiptResult> {
  const { decodeReceiptCode, decodeReceiptJson } =
    await import('@/features/assignment/receipt-codec');
  return text.trimStart().startsWith('{') ? decodeReceiptJson(text) : decodeReceiptCode(text);
}

const NO_RECEIPTS: KeptReceipt[] = [];

export function useGroupReceipts(assignmentId: string): GroupReceipts {
  const kept = useTrainerStore((s) => s.groups[assignmentId]?.receipts ?? NO_RECEIPTS);
  const [readCount, setReadCount] = useState(0);

  useEffect(() => {
    const missing = kept.filter((r) => !decoded.has(r.text));
    if (missing.length === 0) return;
    let live = true;
    void Promise.all(
      missing.map(async ({ text }) => decoded.set(text, await decodeKeptText(text))),
    ).then(() => {
      if (live) setReadCount((n) => n + 1);
    });
    return () => {
      live = false;
    };
  }, [kept]);

  return useMemo(() => {
    const receipts: GroupReceipt[] = [];
    let refused = 0;
    let reading = false;
    for (const { text } of kept) {
      const result = decoded.get(text);
      if (!result) reading = true;
      else if (result.ok) receipts.push({ receipt: result.receipt, check: result.check, text });
      else refused++;
    }
    return { receipts, refused, reading };
    // readCount: the texts read since the last render are in `decoded` now.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [kept, readCount]);
}
