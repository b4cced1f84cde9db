/**
 * The rules the second edition of the course must keep (issue 11), as pure
 * checks over loaded content. Each returns the problems it finds, one readable
 * line each, so a failing test tells an author what to fix. rules.test.ts runs
 * them on the live course, rules-fixtures.test.ts on a small fixed course.
 */
import type { BuiltContent } from '../../pipeline/content/load.ts';
import type { Catalogue, ModuleContent, Rating, Scenario, SourceEntry } from '@/types/content';

export const CORE_MAX_MINUTES = 40;
export const TRACK_MINUTES = { min: 10, max: 20 } as const;
/** At most one in five questions of a pool may ask for a date, a score, a number or a list. */
export const RECALL_SHARE = 1 / 5;

const RANK: Record<Rating, number> = { poor: 0, acceptable: 1, good: 2 };

function dilemmaPaths(s: Scenario, visit: (path: string[], worst: Rating, ending: string) => void) {
  const steps = new Map(s.steps.map((st) => [st.id, st]));
  const walk = (id: string, path: string[], worst: Rating) => {
    const step = steps.get(id);
    if (!step) {
      visit(path, worst, id);
      return;
    }
    for (const c of step.choices) {
      walk(c.next, [...path, c.id], RANK[c.quality] < RANK[worst] ? c.quality : worst);
    }
  };
  walk(s.start, [], 'good');
}

/** Paths from the start to an ending whose ending is rated better than the worst choice on it. */
export function dilemmaPathProblems(modules: ModuleContent[]): string[] {
  return modules.flatMap((m) =>
    m.scenarios.flatMap((s) => {
      const rating = new Map(s.endings.map((e) => [e.id, e.rating]));
      const problems: string[] = [];
      dilemmaPaths(s, (path, worst, ending) => {
        const r = rating.get(ending);
        if (r && RANK[r] > RANK[worst]) {
          problems.push(
            `${m.id}/${s.id}: ${path.join(' > ')} > ${ending} is rated ${r}, but the path has a ${worst} choice`,
          );
        }
      });
      return problems;
    }),
  );
}

/** Which qualities each level of judgement allows. */
const QUALITY_OF_LEVEL = {
  crime: ['poor'],
  rules: ['poor'],
  unwise: ['acceptable'],
  sound: ['good', 'acceptable'],
} as const satisfies Record<string, readonly Rating[]>;

/** Choices without a level, and choices whose quality does not fit their level. */
export function levelProblems(modules: ModuleContent[]): string[] {
  return modules.flatMap((m) =>
    m.scenarios.flatMap((s) =>
      s.steps.flatMap((st) =>
        st.choices.flatMap((c) => {
          const where = `${m.id}/${s.id}/${st.id}/${c.id}`;
          if (!c.level) return [`${where}: has no level (crime, rules, unwise or sound)`];
          const allowed: readonly Rating[] = QUALITY_OF_LEVEL[c.level];
          return allowed.includes(c.quality)
            ? []
            : [
                `${where}: level ${c.level} needs quality ${allowed.join(' or ')}, not ${c.quality}`,
              ];
        }),
      ),
    ),
  );
}

/** Pools in which more than one in five questions is marked as recall. */
export function recallProblems(modules: ModuleContent[]): string[] {
  return modules.flatMap((m) => {
    const pool = m.quiz.questions.length;
    const recall = m.quiz.questions.filter((q) => q.recall).length;
    return recall > pool * RECALL_SHARE
      ? [
          `${m.id}: ${recall} of ${pool} questions are recall (at most ${Math.floor(pool * RECALL_SHARE)})`,
        ]
      : [];
  });
}

const FRONT_PAGE_SEGMENT =
  /^(?:index|default|start|startsida|home|hem)(?:\.\w+)?$|^[a-z]{2}(?:-[a-z]{2})?$/i;

/** Whether a web address is only a domain or a site's front page (such as `/`, `/sv/`, `/index.html`). */
export function isFrontPage(url: string): boolean {
  const u = new URL(url);
  if (u.search) return false;
  return u.pathname
    .split('/')
    .filter(Boolean)
    .every((segment) => FRONT_PAGE_SEGMENT.test(segment));
}

/** Sources that point at a front page instead of the document, or lack the day they were checked. */
export function sourceProblems(sources: SourceEntry[]): string[] {
  return sources.flatMap((s) => [
    ...(s.url && isFrontPage(s.url)
      ? [`${s.id}: ${s.url} is a front page: link the document itself`]
      : []),
    ...(/^\d{4}-\d{2}-\d{2}$/.test(s.checked) && !Number.isNaN(Date.parse(s.checked))
      ? []
      : [`${s.id}: has no valid "checked" date`]),
  ]);
}

/** The core over its ceiling, and tracks outside their range. */
export function timeProblems(catalogue: Catalogue): string[] {
  const minutes = (n: number) => n.toFixed(1);
  return [
    ...(catalogue.core.minutes > CORE_MAX_MINUTES
      ? [
          `the core takes about ${minutes(catalogue.core.minutes)} minutes (at most ${CORE_MAX_MINUTES})`,
        ]
      : []),
    ...catalogue.tracks.flatMap((t) =>
      t.minutes < TRACK_MINUTES.min || t.minutes > TRACK_MINUTES.max
        ? [
            `the track ${t.id} takes about ${minutes(t.minutes)} minutes (${TRACK_MINUTES.min}–${TRACK_MINUTES.max})`,
          ]
        : [],
    ),
  ];
}

/** The modules of a built course in one language, in course order. */
export const modulesOf = (content: BuiltContent, language: 'sv' | 'en' = 'sv') =>
  content.catalogue[language].modules.map((m) => content.modules[language][m.id]!);
