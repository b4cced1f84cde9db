/**
 * Reads `content/`, validates every file against the schema, checks the ids
 * that tie structure and text together, and returns the course resolved for
 * each language. All problems are collected and reported at once, each naming
 * its file and field, so an author can fix a content change without reading code.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import type {
  Catalogue,
  CourseTrack,
  GlossaryEntry,
  ModuleContent,
  Organisation,
  Question,
  RichText,
  Scenario,
  SourceEntry,
} from './resolved.ts';
import { LANGUAGE_CODES, type Language, SOURCE_LANGUAGE } from '../../src/config/languages.ts';
import { courseShape } from './course-shape.ts';
import { estimateMinutes } from './estimate.ts';
import { MarkdownError, parseRichText } from './markdown.ts';
import {
  CourseStructure,
  CourseText,
  ModuleStructure,
  ModuleText,
  OrganisationSettings,
  SourcesStructure,
  SourcesText,
  type QuestionStructure,
  type ScenarioStructure,
} from './schema.ts';

export interface ContentProblem {
  file: string;
  path: string;
  message: string;
}

export class ContentError extends Error {
  constructor(readonly problems: ContentProblem[]) {
    super(
      `The course content has ${problems.length} problem(s):\n` +
        problems.map((p) => `  ${p.file}${p.path ? ` › ${p.path}` : ''}: ${p.message}`).join('\n'),
    );
    this.name = 'ContentError';
  }
}

/**
 * The course resolved for each of the languages `L` it was built in (by default
 * the registry's, src/config/languages.ts; tests may add a fixture language).
 */
export interface BuiltContent<L extends string = Language> {
  catalogue: Record<L, Catalogue>;
  modules: Record<L, Record<string, ModuleContent>>;
  glossary: Record<L, GlossaryEntry[]>;
  sources: Record<L, SourceEntry[]>;
  organisation: Organisation;
  /** Every file read, so a dev server can watch them. */
  files: string[];
}

class Reader {
  readonly problems: ContentProblem[] = [];
  readonly files: string[] = [];
  constructor(readonly root: string) {}

  rel(file: string) {
    return relative(join(this.root, '..'), file).split('\\').join('/');
  }

  problem(file: string, path: string, message: string) {
    this.problems.push({ file: this.rel(file), path, message });
  }

  /** Reads and validates one YAML file; undefined when it is missing or invalid. */
  read<S extends z.ZodType>(file: string, schema: S): z.output<S> | undefined {
    this.files.push(file);
    if (!existsSync(file)) {
      this.problem(file, '', 'file is missing');
      return undefined;
    }
    let data: unknown;
    try {
      data = parseYaml(readFileSync(file, 'utf8'), { uniqueKeys: true });
    } catch (error) {
      this.problem(file, '', `is not valid YAML: ${(error as Error).message.split('\n')[0]}`);
      return undefined;
    }
    const result = schema.safeParse(data ?? {});
    if (!result.success) {
      for (const issue of result.error.issues) {
        this.problem(file, issue.path.join('.'), issue.message);
      }
      return undefined;
    }
    return result.data;
  }

  /** Reports ids that appear twice in one list. */
  unique(file: string, path: string, ids: string[]) {
    const seen = new Set<string>();
    for (const value of ids) {
      if (seen.has(value)) this.problem(file, path, `the id "${value}" is used twice`);
      seen.add(value);
    }
  }

  /** Reports text entries whose ids do not match the structure's ids. */
  sameIds(file: string, path: string, expected: string[], actual: string[], what: string) {
    for (const missing of expected.filter((k) => !actual.includes(k))) {
      this.problem(
        file,
        path ? `${path}.${missing}` : missing,
        `text for ${what} "${missing}" is missing`,
      );
    }
    for (const extra of actual.filter((k) => !expected.includes(k))) {
      this.problem(
        file,
        path ? `${path}.${extra}` : extra,
        `has text for ${what} "${extra}", which the structure file does not have`,
      );
    }
  }

  richText(file: string, path: string, markdown: string, terms: Set<string>): RichText {
    try {
      return parseRichText(markdown, terms);
    } catch (error) {
      if (error instanceof MarkdownError) this.problem(file, path, error.message);
      else throw error;
      return [];
    }
  }
}

function checkQuestion(r: Reader, file: string, path: string, q: QuestionStructure) {
  if (q.type === 'truefalse') return;
  r.unique(
    file,
    `${path}.options`,
    q.options.map((o) => o.id),
  );
  const correct = q.options.filter((o) => o.correct).length;
  if (q.type === 'single' && correct !== 1) {
    r.problem(
      file,
      `${path}.options`,
      `a single-choice question needs exactly one correct option (has ${correct})`,
    );
  }
  if (q.type === 'multiple' && (correct < 1 || correct === q.options.length)) {
    r.problem(
      file,
      `${path}.options`,
      'a multiple-choice question needs at least one correct and one wrong option',
    );
  }
}

function optionIds(q: QuestionStructure): string[] {
  return q.type === 'truefalse' ? ['true', 'false'] : q.options.map((o) => o.id);
}

/** Checks that a dilemma is a graph without cycles in which every step and ending is reachable. */
function checkScenario(r: Reader, file: string, path: string, s: ScenarioStructure) {
  const nodes = [...s.steps.map((x) => x.id), ...s.endings.map((x) => x.id)];
  r.unique(file, `${path}.steps/endings`, nodes);
  const steps = new Map(s.steps.map((x) => [x.id, x]));
  if (!steps.has(s.start)) r.problem(file, `${path}.start`, `"${s.start}" is not one of its steps`);
  s.steps.forEach((step, i) => {
    r.unique(
      file,
      `${path}.steps.${i}.choices`,
      step.choices.map((c) => c.id),
    );
    step.choices.forEach((c, j) => {
      if (!nodes.includes(c.next)) {
        r.problem(
          file,
          `${path}.steps.${i}.choices.${j}.next`,
          `"${c.next}" is neither a step nor an ending`,
        );
      }
    });
  });
  const reached = new Set<string>();
  const onPath = new Set<string>();
  const visit = (nodeId: string) => {
    if (onPath.has(nodeId)) {
      r.problem(
        file,
        path,
        `the steps loop back to "${nodeId}": a dilemma must always move forward`,
      );
      return;
    }
    if (reached.has(nodeId)) return;
    reached.add(nodeId);
    onPath.add(nodeId);
    for (const c of steps.get(nodeId)?.choices ?? []) visit(c.next);
    onPath.delete(nodeId);
  };
  if (steps.has(s.start)) visit(s.start);
  for (const n of nodes.filter((x) => !reached.has(x))) {
    r.problem(file, path, `"${n}" can never be reached from the start step`);
  }
}

function sourceEntries(
  r: Reader,
  root: string,
  lang: string,
  ids: string[],
  structure: { id: string; url?: string | undefined; checked: string }[],
) {
  const file = join(root, `sources.${lang}.yaml`);
  const text = r.read(file, SourcesText);
  if (!text) return [];
  r.sameIds(file, '', ids, Object.keys(text), 'source');
  return structure.map((s) => ({
    id: s.id,
    url: s.url ?? '',
    checked: s.checked,
    title: text[s.id]?.title ?? '',
    note: text[s.id]?.note ?? '',
  }));
}

/**
 * Loads and checks the whole course in `root` (the `content/` folder) in
 * `languages` (by default every language of the registry; the source language
 * must be one of them, as the minutes come from its text).
 * Throws `ContentError` listing every problem found.
 */
export function loadContent<const L extends string = Language>(
  root: string,
  languages: readonly L[] = LANGUAGE_CODES as readonly string[] as readonly L[],
): BuiltContent<L> {
  if (!(languages as readonly string[]).includes(SOURCE_LANGUAGE)) {
    throw new Error(
      `loadContent: the languages (${languages.join(', ')}) must include the source language "${SOURCE_LANGUAGE}"`,
    );
  }
  const r = new Reader(root);
  const course = r.read(join(root, 'course.yaml'), CourseStructure);
  const sources = r.read(join(root, 'sources.yaml'), SourcesStructure);
  const organisation = readOrganisation(r, root);
  const sourceIds = new Set(sources?.sources.map((s) => s.id) ?? []);
  const termIds = new Set<string>();
  if (sources)
    r.unique(
      join(root, 'sources.yaml'),
      'sources',
      sources.sources.map((s) => s.id),
    );

  const checkSources = (file: string, path: string, ids: string[]) => {
    for (const sid of ids) {
      if (!sourceIds.has(sid))
        r.problem(file, path, `the source "${sid}" is not listed in content/sources.yaml`);
    }
  };

  const perLanguage = <T>(empty: () => T) =>
    Object.fromEntries(languages.map((lang) => [lang, empty()])) as Record<L, T>;
  const built: BuiltContent<L> = {
    catalogue: {} as BuiltContent<L>['catalogue'],
    modules: perLanguage(() => ({})),
    glossary: perLanguage(() => []),
    sources: perLanguage(() => []),
    organisation,
    files: r.files,
  };

  const moduleDir = join(root, 'modules');
  const folders = existsSync(moduleDir)
    ? readdirSync(moduleDir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name)
    : [];
  const courseFile = join(root, 'course.yaml');
  const shape = courseShape(course, folders);
  for (const p of shape.problems) {
    r.problem(p.folder === undefined ? courseFile : join(moduleDir, p.folder), p.path, p.message);
  }

  const structures = new Map<string, ModuleStructure>();
  for (const moduleId of shape.order) {
    const file = join(moduleDir, moduleId, 'module.yaml');
    const m = r.read(file, ModuleStructure);
    if (!m) continue;
    structures.set(moduleId, m);
    for (const term of m.glossary) {
      if (termIds.has(term))
        r.problem(
          file,
          'glossary',
          `the glossary term "${term}" is already defined by another module`,
        );
      termIds.add(term);
    }
    r.unique(
      file,
      'lessons',
      m.lessons.map((l) => l.id),
    );
    r.unique(
      file,
      'quiz.questions',
      m.quiz.questions.map((q) => q.id),
    );
    r.unique(
      file,
      'scenarios',
      m.scenarios.map((s) => s.id),
    );
    if (m.quiz.draw > m.quiz.questions.length) {
      r.problem(
        file,
        'quiz.draw',
        `draws ${m.quiz.draw} questions but the pool has only ${m.quiz.questions.length}`,
      );
    }
    m.lessons.forEach((l, i) => checkSources(file, `lessons.${i}.sources`, l.sources));
    m.quiz.questions.forEach((q, i) => {
      checkQuestion(r, file, `quiz.questions.${i}`, q);
      checkSources(file, `quiz.questions.${i}.sources`, q.sources);
    });
    m.scenarios.forEach((s, i) => {
      checkScenario(r, file, `scenarios.${i}`, s);
      s.steps.forEach((st, j) =>
        st.choices.forEach((c, k) =>
          checkSources(file, `scenarios.${i}.steps.${j}.choices.${k}.sources`, c.sources),
        ),
      );
    });
  }

  // Read every text file first: the minutes come from the Swedish text, for every language.
  const texts = Object.fromEntries(
    languages.map((lang) => [
      lang,
      new Map(
        [...structures.keys()].flatMap((moduleId) => {
          const t = r.read(join(moduleDir, moduleId, `module.${lang}.yaml`), ModuleText);
          return t ? [[moduleId, t] as const] : [];
        }),
      ),
    ]),
  ) as Record<L, Map<string, ModuleText>>;
  const minutes = new Map<string, number>();
  for (const [moduleId, m] of structures) {
    const t = texts[SOURCE_LANGUAGE as L].get(moduleId);
    if (t) minutes.set(moduleId, estimateMinutes(m, t));
  }
  const sumMinutes = (ids: string[]) => ids.reduce((n, id) => n + (minutes.get(id) ?? 0), 0);

  for (const lang of languages) {
    const modulesIn: Record<string, ModuleContent> = built.modules[lang];
    const courseTextFile = join(root, `course.${lang}.yaml`);
    const courseText = r.read(courseTextFile, CourseText);

    if (sources)
      built.sources[lang] = sourceEntries(r, root, lang, [...sourceIds], sources.sources);

    const summaries: Catalogue['modules'] = [];
    for (const [moduleId, m] of structures) {
      const file = join(moduleDir, moduleId, `module.${lang}.yaml`);
      const t = texts[lang].get(moduleId);
      if (!t) continue;
      const resolved = resolveModule(
        r,
        file,
        moduleId,
        lang,
        m,
        t,
        termIds,
        minutes.get(moduleId) ?? 0,
      );
      modulesIn[moduleId] = resolved;
      r.sameIds(file, 'glossary', m.glossary, Object.keys(t.glossary), 'glossary term');
      for (const term of m.glossary) {
        const entry = t.glossary[term];
        if (entry)
          built.glossary[lang].push({ id: term, term: entry.term, definition: entry.definition });
      }
      summaries.push({
        id: moduleId,
        minutes: resolved.minutes,
        title: resolved.title,
        summary: resolved.summary,
        required: shape.trackOf.get(moduleId) === null,
        lessons: resolved.lessons.map((l) => ({ id: l.id, title: l.title })),
        questionCount: m.quiz.questions.length,
        quizDraw: m.quiz.draw,
        scenarios: resolved.scenarios.map((s) => ({
          id: s.id,
          title: s.title,
          endings: s.endings.map((e) => ({ id: e.id, rating: e.rating })),
        })),
      });
    }
    if (course && courseText) {
      r.sameIds(
        courseTextFile,
        'tracks',
        course.tracks.map((x) => x.id),
        Object.keys(courseText.tracks),
        'track',
      );
      const tracks: CourseTrack[] = course.tracks.flatMap((track) => {
        const tt = courseText.tracks[track.id];
        if (!tt) return [];
        return [
          { id: track.id, ...tt, modules: track.modules, minutes: sumMinutes(track.modules) },
        ];
      });
      built.catalogue[lang] = {
        language: lang as string as Language,
        course: {
          title: courseText.title,
          intro: courseText.intro,
          version: course.version,
          lawCheckedDate: course.lawCheckedDate,
          passMark: course.passMark,
        },
        modules: summaries,
        core: { modules: course.core, minutes: sumMinutes(course.core) },
        tracks,
      };
    }
  }

  if (r.problems.length > 0) throw new ContentError(r.problems);
  return built;
}

/** The optional organisation settings; a missing file means none are set. */
function readOrganisation(r: Reader, root: string): Organisation {
  const file = join(root, 'organisation.yaml');
  if (!existsSync(file)) return {};
  const settings = r.read(file, OrganisationSettings) ?? {};
  if (settings.logo && !existsSync(join(root, '..', 'public', settings.logo))) {
    r.problem(file, 'logo', `public/${settings.logo} does not exist`);
  }
  return settings;
}

function resolveModule(
  r: Reader,
  file: string,
  moduleId: string,
  language: string,
  m: ModuleStructure,
  t: ModuleText,
  terms: Set<string>,
  minutes: number,
): ModuleContent {
  r.sameIds(
    file,
    'lessons',
    m.lessons.map((l) => l.id),
    Object.keys(t.lessons),
    'lesson',
  );
  r.sameIds(
    file,
    'quiz.questions',
    m.quiz.questions.map((q) => q.id),
    Object.keys(t.quiz.questions),
    'question',
  );
  r.sameIds(
    file,
    'scenarios',
    m.scenarios.map((s) => s.id),
    Object.keys(t.scenarios),
    'dilemma',
  );

  const lessons = m.lessons.flatMap((l) => {
    const lt = t.lessons[l.id];
    if (!lt) return [];
    return [
      {
        id: l.id,
        title: lt.title,
        keyPoint: lt.keyPoint,
        sources: l.sources,
        employer: l.employer,
        body: r.richText(file, `lessons.${l.id}.body`, lt.body, terms),
      },
    ];
  });

  const questions: Question[] = m.quiz.questions.flatMap((q) => {
    const qt = t.quiz.questions[q.id];
    if (!qt) return [];
    const path = `quiz.questions.${q.id}`;
    const ids = optionIds(q);
    r.sameIds(file, `${path}.options`, ids, Object.keys(qt.options), 'option');
    const options = ids.map((oid) => {
      const ot = qt.options[oid];
      const needsText = q.type !== 'truefalse';
      if (ot && needsText && !ot.text)
        r.problem(file, `${path}.options.${oid}.text`, 'the option text is missing');
      if (ot && !needsText && ot.text)
        r.problem(
          file,
          `${path}.options.${oid}.text`,
          'true/false options take feedback only: the app names them',
        );
      const correct =
        q.type === 'truefalse'
          ? (oid === 'true') === q.answer
          : (q.options.find((o) => o.id === oid)?.correct ?? false);
      return { id: oid, correct, text: ot?.text ?? '', feedback: ot?.feedback ?? '' };
    });
    return [
      {
        id: q.id,
        type: q.type,
        prompt: qt.prompt,
        explanation: qt.explanation,
        sources: q.sources,
        recall: q.recall,
        options,
      },
    ];
  });

  const scenarios: Scenario[] = m.scenarios.flatMap((s) => {
    const st = t.scenarios[s.id];
    if (!st) return [];
    const path = `scenarios.${s.id}`;
    r.sameIds(
      file,
      `${path}.steps`,
      s.steps.map((x) => x.id),
      Object.keys(st.steps),
      'step',
    );
    r.sameIds(
      file,
      `${path}.endings`,
      s.endings.map((x) => x.id),
      Object.keys(st.endings),
      'ending',
    );
    return [
      {
        id: s.id,
        title: st.title,
        start: s.start,
        intro: r.richText(file, `${path}.intro`, st.intro, terms),
        steps: s.steps.flatMap((step) => {
          const stepText = st.steps[step.id];
          if (!stepText) return [];
          r.sameIds(
            file,
            `${path}.steps.${step.id}.choices`,
            step.choices.map((c) => c.id),
            Object.keys(stepText.choices),
            'choice',
          );
          return [
            {
              id: step.id,
              text: r.richText(file, `${path}.steps.${step.id}.text`, stepText.text, terms),
              discussion: stepText.discussion ?? '',
              choices: step.choices.map((c) => ({
                id: c.id,
                next: c.next,
                quality: c.quality,
                ...(c.level ? { level: c.level } : {}),
                sources: c.sources,
                text: stepText.choices[c.id]?.text ?? '',
                consequence: stepText.choices[c.id]?.consequence ?? '',
                rule: stepText.choices[c.id]?.rule ?? '',
              })),
            },
          ];
        }),
        endings: s.endings.map((e) => ({
          id: e.id,
          rating: e.rating,
          title: st.endings[e.id]?.title ?? '',
          text: r.richText(
            file,
            `${path}.endings.${e.id}.text`,
            st.endings[e.id]?.text ?? '',
            terms,
          ),
        })),
      },
    ];
  });

  return {
    id: moduleId,
    // The app's type names the registry's languages; a fixture may build one more.
    language: language as Language,
    minutes,
    title: t.title,
    summary: t.summary,
    lessons,
    quiz: { draw: m.quiz.draw, questions },
    scenarios,
  };
}
