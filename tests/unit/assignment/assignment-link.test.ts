import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type AssignmentDraft, validateDraft } from '@/features/assignment/assignment-draft';
import { decodeAssignment, encodeAssignment } from '@/features/assignment/assignment-link';
import { paths } from '@/lib/paths';
import { realisticDraft, validDraft } from './arbitraries';

const REASONS = ['truncated', 'tampered', 'unknown-version', 'invalid'];

describe('the assignment link', () => {
  it('keeps a realistic assignment of every module of the course under 600 characters as a full URL', async () => {
    const code = await encodeAssignment(realisticDraft);
    const origin = 'https://utbildning.sodravard.example.se'.padEnd(40, 'x');
    expect(origin).toHaveLength(40);
    const url = `${origin}/mutkollen/index.html#${paths.assignmentLink(code)}`;
    console.info(
      `full assignment URL, ${realisticDraft.modules.length} modules: ${url.length} characters (code ${code.length})`,
    );
    // About 600 bytes still makes a QR code a phone reads from a printed A4 handout.
    expect(url.length).toBeLessThan(600);
    expect(url).toMatch(/^[A-Za-z0-9:/._#-]+$/);
  });

  it('gives the same code, and so the same id, for the same assignment', async () => {
    const a = await encodeAssignment(realisticDraft);
    const b = await encodeAssignment({ ...realisticDraft });
    expect(a).toBe(b);
    const decoded = await decodeAssignment(a);
    expect(decoded.ok && decoded.assignment.id).toBe(`link-${a.slice(-7)}`);
  });

  it('brings every valid assignment back unchanged', async () => {
    await fc.assert(
      fc.asyncProperty(validDraft, async (draft) => {
        expect(validateDraft(draft)).toEqual([]);
        const code = await encodeAssignment(draft);
        expect(code).toMatch(/^3\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{7}$/);
        const result = await decodeAssignment(code);
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        const { id, ...rest } = result.assignment;
        expect(rest).toStrictEqual({ ...draft });
        expect(id).toMatch(/^link-/);
      }),
      { numRuns: 150 },
    );
  });

  it('refuses any random string with a reason, never throwing', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.base64String()),
        async (text) => {
          const result = await decodeAssignment(text);
          expect(result).toEqual({ ok: false, reason: expect.toBeOneOf(REASONS) });
        },
      ),
      { numRuns: 300 },
    );
    for (const text of ['', '1', '1.', '1..', '2.abc.defghij', '2.@@@.abcdefg', null, 42]) {
      expect((await decodeAssignment(text)).ok).toBe(false);
    }
  });

  it('refuses a code with one character changed, dropped, or cut short', async () => {
    const mutated = validDraft.chain((draft) =>
      fc.tuple(
        fc.constant(draft),
        fc.oneof(
          fc.record({
            kind: fc.constant('change' as const),
            at: fc.nat(),
            by: fc.string({ minLength: 1, maxLength: 1 }),
          }),
          fc.record({ kind: fc.constant('drop' as const), at: fc.nat() }),
          fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
        ),
      ),
    );
    await fc.assert(
      fc.asyncProperty(mutated, async ([draft, change]) => {
        const code = await encodeAssignment(draft);
        const at = change.at % code.length;
        let broken: string;
        if (change.kind === 'change') {
          fc.pre(code[at] !== change.by);
          broken = code.slice(0, at) + change.by + code.slice(at + 1);
        } else if (change.kind === 'drop') {
          broken = code.slice(0, at) + code.slice(at + 1);
        } else {
          broken = code.slice(0, at);
        }
        fc.pre(broken.trim() !== code);
        const result = await decodeAssignment(broken);
        expect(result).toEqual({ ok: false, reason: expect.toBeOneOf(REASONS) });
        if (change.kind === 'cut') expect(result).toEqual({ ok: false, reason: 'truncated' });
      }),
      { numRuns: 300 },
    );
  });

  it('names why a link is refused', async () => {
    const code = await encodeAssignment(realisticDraft);
    expect(await decodeAssignment(code.slice(0, 30))).toEqual({ ok: false, reason: 'truncated' });
    expect(await decodeAssignment(code.slice(0, -2))).toEqual({ ok: false, reason: 'truncated' });
    const changed = code.slice(0, 10) + (code[10] === 'A' ? 'B' : 'A') + code.slice(11);
    expect(await decodeAssignment(changed)).toEqual({ ok: false, reason: 'tampered' });
    expect(await decodeAssignment(`4${code.slice(1)}`)).toEqual({
      ok: false,
      reason: 'unknown-version',
    });
    expect(await decodeAssignment('hello world')).toEqual({ ok: false, reason: 'invalid' });
  });

  it('carries what each learner is asked for, and leaves it out when only names are used', async () => {
    for (const identifiedBy of ['email', 'employee-number'] as const) {
      const result = await decodeAssignment(
        await encodeAssignment({ ...realisticDraft, identifiedBy }),
      );
      expect(result.ok && result.assignment.identifiedBy).toBe(identifiedBy);
    }
    const { identifiedBy: _none, ...byName } = realisticDraft;
    const result = await decodeAssignment(await encodeAssignment(byName));
    expect(result.ok && 'identifiedBy' in result.assignment).toBe(false);
  });

  it('refuses to make a link for an assignment that is not valid', async () => {
    const bad: AssignmentDraft[] = [
      { ...realisticDraft, title: '' },
      { ...realisticDraft, title: 'x'.repeat(101) },
      { ...realisticDraft, title: 'two\nlines' },
      { ...realisticDraft, modules: [] },
      { ...realisticDraft, modules: ['what-is-corruption', 'what-is-corruption'] },
      { ...realisticDraft, modules: ['No such module'] },
      { ...realisticDraft, modules: ['what-is-corruption--twice'] },
      { ...realisticDraft, modules: Array.from({ length: 51 }, (_, i) => `module-${i}`) },
      { ...realisticDraft, passMark: 0.4 },
      { ...realisticDraft, passMark: 0.805 },
      { ...realisticDraft, due: '2026-02-30' },
      { ...realisticDraft, policyUrl: 'javascript:alert(1)' },
      { ...realisticDraft, reportingUrl: 'ftp://example.se/file' },
      { ...realisticDraft, identifiedBy: 'name' as 'email' },
    ];
    for (const draft of bad) {
      expect(validateDraft(draft)).not.toEqual([]);
      await expect(encodeAssignment(draft)).rejects.toThrow(RangeError);
    }
    expect(validateDraft({ ...realisticDraft, due: '2028-02-29' })).toEqual([]);
    expect(validateDraft({ ...realisticDraft, due: '2027-02-29' })).toEqual([
      { field: 'due', kind: 'date' },
    ]);
  });
});
