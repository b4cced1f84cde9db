/** What the course promises: seven modules, enough questions and dilemmas, and sound dilemma graphs. */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../build/content/load.ts';
import { lix, moduleLessonText } from '../../build/content/readability.ts';
import type { Scenario } from '@/types/content';

const content = loadContent('content');
const modules = Object.values(content.modules.sv);

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
    endings.has(id) || (!seen.has(id) && (next.get(id) ?? []).some((n) => reachesEnding(n, new Set([...seen, id]))));
  return { reached, deadEnds: s.steps.filter((st) => !reachesEnding(st.id)).map((st) => st.id) };
}

describe('the whole course', () => {
  it('has seven modules, at least 70 questions, 14 dilemmas and 25 glossary terms', () => {
    expect(modules).toHaveLength(7);
    expect(modules.reduce((n, m) => n + m.quiz.questions.length, 0)).toBeGreaterThanOrEqual(70);
    expect(modules.reduce((n, m) => n + m.scenarios.length, 0)).toBeGreaterThanOrEqual(14);
    expect(content.glossary.sv.length).toBeGreaterThanOrEqual(25);
    expect(content.glossary.en.map((g) => g.id)).toEqual(content.glossary.sv.map((g) => g.id));
  });

  it('takes about 90 minutes in all', () => {
    const minutes = modules.reduce((n, m) => n + m.minutes, 0);
    expect(minutes).toBeGreaterThanOrEqual(75);
    expect(minutes).toBeLessThanOrEqual(110);
  });

  it.each(modules.map((m) => [m.id, m] as const))('%s: 3–6 lessons with key points, a pool of 10+ mixed questions, 2+ dilemmas', (_, m) => {
    expect(m.lessons.length).toBeGreaterThanOrEqual(3);
    expect(m.lessons.length).toBeLessThanOrEqual(6);
    for (const l of m.lessons) expect(l.keyPoint.length).toBeGreaterThan(20);
    expect(m.quiz.questions.length).toBeGreaterThanOrEqual(10);
    expect(new Set(m.quiz.questions.map((q) => q.type))).toEqual(new Set(['single', 'multiple', 'truefalse']));
    expect(m.quiz.draw).toBeLessThan(m.quiz.questions.length);
    expect(m.scenarios.length).toBeGreaterThanOrEqual(2);
  });

  it.each(modules.flatMap((m) => m.scenarios.map((s) => [`${m.id}/${s.id}`, s] as const)))(
    '%s: 2+ decision points, 3+ endings rated good, acceptable and poor, no dead end, nothing unreachable',
    (_, s) => {
      expect(s.steps.length).toBeGreaterThanOrEqual(2);
      expect(s.endings.length).toBeGreaterThanOrEqual(3);
      expect(new Set(s.endings.map((e) => e.rating))).toEqual(new Set(['good', 'acceptable', 'poor']));
      const { reached, deadEnds } = walk(s);
      expect(deadEnds).toEqual([]);
      expect([...s.steps, ...s.endings].filter((n) => !reached.has(n.id)).map((n) => n.id)).toEqual([]);
      for (const step of s.steps) {
        for (const c of step.choices) {
          expect(c.consequence, `${s.id}/${step.id}/${c.id}`).not.toBe('');
          expect(c.rule, `${s.id}/${step.id}/${c.id}`).not.toBe('');
        }
      }
    },
  );

  it.each(modules.map((m) => [m.id, m] as const))('%s: Swedish lesson text is plain (LIX at most 45)', (_, m) => {
    expect(lix(moduleLessonText(m))).toBeLessThanOrEqual(45);
  });
});
