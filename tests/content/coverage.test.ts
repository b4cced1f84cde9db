/** What the course promises: a core and tracks, enough questions and dilemmas, and sound dilemma graphs. */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../pipeline/content/load.ts';
import { lix, moduleLessonText } from '../../pipeline/content/readability.ts';
import type { Scenario } from '@/types/content';

const content = loadContent('content');
const catalogue = content.catalogue.sv;
const modules = catalogue.modules.map((m) => content.modules.sv[m.id]!);
const dilemmas = (ids: string[]) =>
  ids.reduce((n, id) => n + content.modules.sv[id]!.scenarios.length, 0);

/** Every node reachable from the start, and whether every step can reach an ending. */
function walk(s: Scenario) {
  const next = new Map(s.steps.map((st) => [st.id, st.choices.map((c) => c.next)]));
  const reached = new Set<string>();
  const stack = [s.start];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (reached.has(id)) continue;
    reached.add(id);
    stack.push(...(next.get(id) ?? []));
  }
  const endings = new Set(s.endings.map((e) => e.id));
  const reachesEnding = (id: string, seen = new Set<string>()): boolean =>
    endings.has(id) ||
    (!seen.has(id) && (next.get(id) ?? []).some((n) => reachesEnding(n, new Set([...seen, id]))));
  return { reached, deadEnds: s.steps.filter((st) => !reachesEnding(st.id)).map((st) => st.id) };
}

describe('the whole course', () => {
  it('shows the core first, then each track, and has a glossary in both languages', () => {
    expect(catalogue.modules.map((m) => m.id)).toEqual([
      ...catalogue.core.modules,
      ...catalogue.tracks.flatMap((t) => t.modules),
    ]);
    expect(catalogue.modules.filter((m) => m.required).map((m) => m.id)).toEqual(
      catalogue.core.modules,
    );
    expect(content.glossary.sv.length).toBeGreaterThan(0);
    expect(content.glossary.en.map((g) => g.id)).toEqual(content.glossary.sv.map((g) => g.id));
  });

  it('has two or more dilemmas in the core and in each track', () => {
    expect(dilemmas(catalogue.core.modules)).toBeGreaterThanOrEqual(2);
    for (const t of catalogue.tracks) expect(dilemmas(t.modules), t.id).toBeGreaterThanOrEqual(2);
  });

  it.each(modules.map((m) => [m.id, m] as const))(
    '%s: 2–6 lessons with key points, a pool of 8+ mixed questions',
    (_, m) => {
      expect(m.lessons.length).toBeGreaterThanOrEqual(2);
      expect(m.lessons.length).toBeLessThanOrEqual(6);
      for (const l of m.lessons) expect(l.keyPoint.length).toBeGreaterThan(20);
      expect(m.quiz.questions.length).toBeGreaterThanOrEqual(8);
      expect(new Set(m.quiz.questions.map((q) => q.type))).toEqual(
        new Set(['single', 'multiple', 'truefalse']),
      );
      expect(m.quiz.draw).toBeLessThan(m.quiz.questions.length);
    },
  );

  it.each(modules.flatMap((m) => m.scenarios.map((s) => [`${m.id}/${s.id}`, s] as const)))(
    '%s: 2+ decision points, 3+ endings rated good, acceptable and poor, no dead end, nothing unreachable',
    (_, s) => {
      expect(s.steps.length).toBeGreaterThanOrEqual(2);
      expect(s.endings.length).toBeGreaterThanOrEqual(3);
      expect(new Set(s.endings.map((e) => e.rating))).toEqual(
        new Set(['good', 'acceptable', 'poor']),
      );
      const { reached, deadEnds } = walk(s);
      expect(deadEnds).toEqual([]);
      expect([...s.steps, ...s.endings].filter((n) => !reached.has(n.id)).map((n) => n.id)).toEqual(
        [],
      );
      for (const step of s.steps) {
        for (const c of step.choices) {
          expect(c.consequence, `${s.id}/${step.id}/${c.id}`).not.toBe('');
          expect(c.rule, `${s.id}/${step.id}/${c.id}`).not.toBe('');
        }
      }
    },
  );

  it.each(modules.map((m) => [m.id, m] as const))(
    '%s: Swedish lesson text is plain (LIX at most 45)',
    (_, m) => {
      expect(lix(moduleLessonText(m))).toBeLessThanOrEqual(45);
    },
  );

  it('prints each module’s estimate, LIX and counts', () => {
    console.table(
      modules.map((m) => ({
        module: m.id,
        minutes: Number(m.minutes.toFixed(1)),
        lix: Number(lix(moduleLessonText(m)).toFixed(1)),
        questions: m.quiz.questions.length,
        recall: m.quiz.questions.filter((q) => q.recall).length,
        draw: m.quiz.draw,
        dilemmas: m.scenarios.length,
        endings: m.scenarios.reduce((n, s) => n + s.endings.length, 0),
      })),
    );
  });
});
