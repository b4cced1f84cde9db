/**
 * Assignments stored by the release before the one assignment schema still
 * load. tests/fixtures/storage/v3-assignments.json was written by that
 * release: the four v1 links of tests/fixtures/wire/links-v1.json and two v2
 * links at the limits (every text at its longest, 50 modules, a 200-character
 * address, pass marks of 50 and 57 %), each accepted as the store did then.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AssignmentDraft } from '@/domain/assignment';
import { loadPersisted } from '@/store/load-persisted';
import { Assignment } from '@/store/schema';

const text = readFileSync('tests/fixtures/storage/v3-assignments.json', 'utf8');
const stored = (JSON.parse(text) as { state: { assignments: Record<string, unknown> } }).state
  .assignments;

describe('stored assignments', () => {
  it('load unchanged, every one of them', () => {
    expect(Object.keys(stored)).toHaveLength(6);
    const result = loadPersisted(text);
    expect(result.ok).toBe(true);
    if (!result.ok || !result.state) throw new Error('expected a state');
    expect(result.state.assignments).toStrictEqual(stored);
  });

  it('are assignments by the one schema, and an id and acceptance time besides', () => {
    for (const [id, value] of Object.entries(stored)) {
      const assignment = Assignment.parse(value);
      expect(assignment.id).toBe(id);
      const { id: _id, acceptedAt: _acceptedAt, ...draft } = assignment;
      expect(AssignmentDraft.safeParse(draft).success, id).toBe(true);
    }
  });

  it('refuses what no link could hold', () => {
    const [first] = Object.values(stored) as Record<string, unknown>[];
    for (const change of [
      { title: 'x'.repeat(101) },
      { title: '' },
      { organisation: 'tab\there' },
      { modules: [] },
      { modules: ['Not An Id'] },
      { passMark: 0.805 },
      { passMark: 0.4 },
      { due: '2026-02-30' },
      { policyUrl: 'javascript:alert(1)' },
      { reportingUrl: `https://example.se/${'x'.repeat(200)}` },
    ]) {
      expect(Assignment.safeParse({ ...first, ...change }).success, JSON.stringify(change)).toBe(
        false,
      );
    }
  });
});
