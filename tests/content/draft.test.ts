/**
 * Checks one module that is being written in content/drafts/<id>/ without
 * touching the live course: run with
 *   DRAFT=<id> npx vitest run tests/content/draft.test.ts
 * It copies the course into a temporary folder with only the first module and
 * the draft, validates everything and prints the Swedish readability (LIX).
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { ContentError, loadContent } from '../../pipeline/content/load.ts';
import { lix, moduleLessonText } from '../../pipeline/content/readability.ts';

const draft = process.env.DRAFT;

describe(`draft module ${draft}`, () => {
  it('is valid and readable', () => {
    const id = draft!;
    const source = join('content', 'drafts', id);
    expect(existsSync(join(source, 'module.yaml')), `${source}/module.yaml exists`).toBe(true);
    const root = mkdtempSync(join(tmpdir(), 'mutkollen-draft-'));
    try {
      for (const f of ['sources.yaml', 'sources.sv.yaml', 'sources.en.yaml']) {
        cpSync(join('content', f), join(root, f));
      }
      // The course's title and intro only: the draft course has no tracks.
      for (const lang of ['sv', 'en']) {
        const { title, intro } = parse(readFileSync(`content/course.${lang}.yaml`, 'utf8'));
        writeFileSync(join(root, `course.${lang}.yaml`), stringify({ title, intro }));
      }
      const course = parse(readFileSync('content/course.yaml', 'utf8'));
      const base = id === 'what-is-corruption' ? [] : ['what-is-corruption'];
      for (const m of base)
        cpSync(join('content', 'modules', m), join(root, 'modules', m), { recursive: true });
      cpSync(source, join(root, 'modules', id), { recursive: true });
      writeFileSync(
        join(root, 'course.yaml'),
        `version: ${course.version}\nlawCheckedDate: ${course.lawCheckedDate}\npassMark: ${course.passMark}\ncore: [${[...base, id].join(', ')}]\n`,
      );
      let built;
      try {
        built = loadContent(root);
      } catch (error) {
        if (error instanceof ContentError) console.log(error.message.replaceAll(root, 'content'));
        throw error;
      }
      const m = built.modules.sv[id]!;
      console.log(
        `${id}: ${m.lessons.length} lessons, ${m.quiz.questions.length} questions (draw ${m.quiz.draw}), ` +
          `${m.scenarios.length} dilemmas, ${built.glossary.sv.length} glossary terms in total, ` +
          `about ${m.minutes.toFixed(1)} minutes\n` +
          `LIX of the Swedish lesson text: ${lix(moduleLessonText(m)).toFixed(1)}`,
      );
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
