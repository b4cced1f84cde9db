import { deflateSync } from 'fflate';
import { it } from 'vitest';
import { keptAttempts } from '@/lms/suspend-attempts';
import { index, LONG_NAME, worstCaseState } from '../lms/course';

const sec = (ms: number) => Math.floor((ms - Date.UTC(2020, 0, 1)) / 1000);
const size = (v: unknown) => {
  const json = JSON.stringify(v);
  const z = deflateSync(new TextEncoder().encode(json), { level: 9 });
  return `${json.length} json, ${Math.ceil((z.length * 4) / 3)} base64`;
};

it('measures', () => {
  const state = worstCaseState(LONG_NAME);
  const byId = { l: 'en', n: LONG_NAME, u: sec(state.settings.updatedAt), m: [] as unknown[] };
  const byPos = { l: 'en', n: LONG_NAME, u: sec(state.settings.updatedAt), m: [] as unknown[] };
  for (const module of index.modules) {
    const p = state.modules[module.id]!;
    const kept = keptAttempts(state.quizzes[module.id], 5, { latest: true, active: true });
    const idAttempts = kept.map(({ attempt: a, detail }) => {
      const s = sec(a.startedAt);
      const out: Record<string, unknown> = {
        i: a.id,
        s,
        u: sec(a.updatedAt) - s,
        k: a.passMark * 1000,
      };
      if (a.mode === 'wrong-only') out.w = 1;
      if (a.finishedAt !== undefined) out.e = sec(a.finishedAt) - s;
      if (a.score !== undefined)
        out.n = [a.questions.length, Math.round(a.score * a.questions.length)];
      if (a.passed !== undefined) out.p = a.passed ? 1 : 0;
      if (detail) {
        out.q = a.questions.map((q) => [q.id, q.options]);
        out.a = Object.fromEntries(
          Object.entries(a.answers).map(([k, v]) => [k, [v.selected, v.correct ? 1 : 0]]),
        );
      }
      return out;
    });
    let prev = sec(p.updatedAt);
    const posAttempts = kept.map(({ attempt: a, detail }) => {
      const s = sec(a.startedAt);
      const out: Record<string, unknown> = { i: a.id, s: s - prev, k: a.passMark * 1000 };
      prev = s;
      if (a.finishedAt === undefined || sec(a.updatedAt) !== sec(a.finishedAt))
        out.u = sec(a.updatedAt) - s;
      if (a.mode === 'wrong-only') out.w = 1;
      if (a.finishedAt !== undefined) out.e = sec(a.finishedAt) - s;
      if (a.score !== undefined)
        out.n = [a.questions.length, Math.round(a.score * a.questions.length)];
      if (a.passed !== undefined) out.p = a.passed ? 1 : 0;
      if (detail) {
        out.q = a.questions.map((q) => {
          const question = module.questions.find((x) => x.id === q.id)!;
          const ans = a.answers[q.id];
          const row: unknown[] = [
            module.questions.indexOf(question),
            q.options.map((o) => question.options.indexOf(o)),
          ];
          if (ans)
            row.push(
              ans.selected.map((o) => question.options.indexOf(o)),
              ans.correct ? 1 : 0,
            );
          return row;
        });
      }
      return out;
    });
    const scen = module.scenarios.map((s) => state.scenarios[`${module.id}/${s.id}`]);
    byId.m.push({
      i: module.id,
      r: p.lessonsVisited,
      c: p.currentLesson,
      t: sec(p.updatedAt),
      s: module.scenarios.map((s, j) => [s.id, scen[j]!.endingsFound, sec(scen[j]!.updatedAt)]),
      q: idAttempts,
    });
    byPos.m.push({
      i: module.id,
      f: module.fingerprint,
      r: p.lessonsVisited.map((l) => module.lessons.indexOf(l)),
      c: module.lessons.indexOf(p.currentLesson!),
      t: sec(p.updatedAt),
      s: module.scenarios.map((s, j) => [
        j,
        scen[j]!.endingsFound.map((e) => s.endings.indexOf(e)),
        sec(scen[j]!.updatedAt),
      ]),
      q: posAttempts,
    });
  }
  console.log('by id:', size(byId));
  console.log('by position:', size(byPos));
  console.log(JSON.stringify(byPos).slice(0, 1500));
});
