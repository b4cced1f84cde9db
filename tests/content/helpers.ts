import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ContentError, loadContent } from '../../build/content/load.ts';

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
    if (organisationYaml !== undefined) writeFileSync(join(root, 'organisation.yaml'), organisationYaml);
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
