/**
 * The learner's identifier on an accepted assignment: optional within storage
 * version 3, kept through a damaged copy, changed by the learner, and merged
 * between tabs so the one given last wins.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mergeAssignments } from '@/store/merge';
import { PERSISTED_FIELDS } from '@/store/persisted-fields';
import { Assignment } from '@/store/schema';
import { useAppStore } from '@/store/store';

const text = readFileSync('tests/fixtures/storage/v3-assignments.json', 'utf8');
const stored = (JSON.parse(text) as { state: { assignments: Record<string, Assignment> } }).state
  .assignments;
const first = Object.values(stored)[0]!;

describe("the learner's identifier on an assignment", () => {
  it('is optional, and when present a normalised e-mail address or employee number', () => {
    expect(Assignment.safeParse(first).success).toBe(true);
    for (const learnerId of ['anna.lind@kommunen.se', 'AB-1234', '12345']) {
      expect(Assignment.safeParse({ ...first, learnerId, learnerIdAt: 5 }).success).toBe(true);
    }
    for (const learnerId of ['Anna.Lind@kommunen.se', ' ab-1234', '', 'not an id']) {
      expect(Assignment.safeParse({ ...first, learnerId }).success, learnerId).toBe(false);
    }
  });

  it('is dropped alone when damaged, keeping the assignment', () => {
    const damaged = { ...first, identifiedBy: 'name', learnerId: 'Anna@X.se', learnerIdAt: -1 };
    const kept = PERSISTED_FIELDS.assignments.salvage({ [first.id]: damaged });
    expect(kept).toStrictEqual({ [first.id]: first });
  });

  it('merges to the one given last, in either order, whichever copy was accepted last', () => {
    const older = { ...first, learnerId: 'old@kommunen.se', learnerIdAt: 10 };
    const newer = {
      ...first,
      acceptedAt: first.acceptedAt + 1,
      learnerId: 'new@kommunen.se',
      learnerIdAt: 20,
    };
    const none = { ...first, acceptedAt: first.acceptedAt + 2 };
    for (const [a, b] of [
      [older, newer],
      [newer, older],
    ] as const) {
      expect(mergeAssignments({ x: a }, { x: b }).x?.learnerId).toBe('new@kommunen.se');
    }
    const merged = mergeAssignments({ x: none }, { x: older }).x!;
    expect(merged).toStrictEqual({ ...none, learnerId: 'old@kommunen.se', learnerIdAt: 10 });
    expect(mergeAssignments({ x: merged }, { x: merged }).x).toStrictEqual(merged);
    expect(mergeAssignments({ x: older }, { x: none })).toStrictEqual(
      mergeAssignments({ x: none }, { x: older }),
    );
  });

  it('is set by the learner on an accepted assignment only', () => {
    useAppStore.setState({ assignments: { [first.id]: first } });
    useAppStore.getState().setLearnerId(first.id, 'ab-12@x.se', 42);
    expect(useAppStore.getState().assignments[first.id]).toStrictEqual({
      ...first,
      learnerId: 'ab-12@x.se',
      learnerIdAt: 42,
    });
    useAppStore.getState().setLearnerId('link-nothere', 'a@b.se');
    expect(useAppStore.getState().assignments['link-nothere']).toBeUndefined();
  });
});
