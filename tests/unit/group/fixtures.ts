/** Kept groups and read receipts for the trainer's store tests. */
import type { Receipt } from '@/features/assignment/receipt';
import type { TrainerGroup } from '@/features/group/trainer-schema';
import { realisticReceipt } from '../assignment/arbitraries';

export const NOW = Date.parse('2026-11-30T10:00:00Z');

export function group(assignmentId: string, overrides: Partial<TrainerGroup> = {}): TrainerGroup {
  return {
    assignmentId,
    title: `Uppdrag ${assignmentId}`,
    modules: ['what-is-corruption'],
    roster: [],
    receipts: [],
    updatedAt: NOW,
    ...overrides,
  };
}

/** A read receipt of assignment `assignmentId` from `name`; its text stands for the code it was read from. */
export function readReceipt(assignmentId: string, name: string) {
  const receipt: Receipt = {
    ...realisticReceipt,
    name,
    assignment: { ...realisticReceipt.assignment, id: assignmentId },
  };
  return { text: `R2.${assignmentId}.${name}`, receipt };
}
