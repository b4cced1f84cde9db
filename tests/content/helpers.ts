import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ContentError, loadContent } from '../../pipeline/content/load.ts';

/** Every key path in a parsed YAML/JSON tree, e.g. "lessons.definition.title". */
export function keyPaths(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keyPaths(v, prefix ? `${prefix}.${k}` : k));
}

/** Every string leaf in a parsed tree, with its path. */
export function stringLeaves(value: unknown, prefix = ''): [string, unknown][] {
  if (typeof value !== 'object' || value === null) return [[prefix, value]];
  return Object.entries(value).flatMap(([k, v]) => stringLeaves(v, prefix ? `${prefix}.${k}` : k));
}

/**
 * Copies a small, fixed course (tests/fixtures/content) to a temporary folder,
 * applies `edit` to one file's text, and returns the problems the loader
 * reports (empty when valid).
 */
export function problemsAfterEdit(
  file: string,
  edit: (text: string) => string,
  organisationYaml?: string,
) {
  const root = mkdtempSync(join(tmpdir(), 'mutkollen-content-'));
  try {
    cpSync('tests/fixtures/content', root, { recursive: true });
    if (organisationYaml !== undefined)
      writeFileSync(join(root, 'organisation.yaml'), organisationYaml);
    const target = join(root, file);
    writeFileSync(target, edit(readFileSync(target, 'utf8')));
    try {
      loadContent(root);
      return [];
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      return error.problems.map((p) => ({ ...p, file: p.file.replace(/^[^/]*\//, 'content/') }));
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/**
 * Every text field of a course folder in one language, as [where, text]:
 * the course text and each module's text (lessons, quizzes, dilemmas, glossary).
 */
export function textFields(root: string, language: 'sv' | 'en'): [string, string][] {
  const files = [
    `course.${language}.yaml`,
    ...readdirSync(join(root, 'modules')).map((m) => join('modules', m, `module.${language}.yaml`)),
  ];
  return files.flatMap((file) =>
    stringLeaves(parse(readFileSync(join(root, file), 'utf8')))
      .filter((leaf): leaf is [string, string] => typeof leaf[1] === 'string')
      .map(([path, text]) => [`${file} › ${path}`, text] as [string, string]),
  );
}

/**
 * Loads the fixed course (tests/fixtures/content) with `edits` applied, each a change to one
 * file's text, and returns it with its text fields in both languages. Throws when it is invalid.
 */
export function loadFixture(edits: Record<string, (text: string) => string> = {}) {
  const root = mkdtempSync(join(tmpdir(), 'mutkollen-rules-'));
  try {
    cpSync('tests/fixtures/content', root, { recursive: true });
    for (const [file, edit] of Object.entries(edits)) {
      const target = join(root, file);
      const before = readFileSync(target, 'utf8');
      const after = edit(before);
      if (after === before) throw new Error(`the edit of ${file} changed nothing`);
      writeFileSync(target, after);
    }
    return {
      content: loadContent(root),
      fields: { sv: textFields(root, 'sv'), en: textFields(root, 'en') },
    };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
