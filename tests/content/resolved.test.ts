import { describe, expect, it } from 'vitest';
import { LANGUAGE_CODES } from '@/config/languages';
import { loadContent } from '../../pipeline/content/load';
import {
  Catalogue,
  GlossaryEntry,
  ModuleContent,
  Organisation,
  SourceEntry,
} from '../../pipeline/content/resolved';

const content = loadContent('content');

/** Issues as "path: message", so a failure names the field. */
const issues = (result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) => (result.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);

// The app's content types are inferred from these schemas: what the build serves must fit them exactly.
describe.each(LANGUAGE_CODES)('the course resolved in %s', (language) => {
  it('fits the resolved-content schema the app types are inferred from', () => {
    expect(issues(Catalogue.safeParse(content.catalogue[language]))).toEqual([]);
    for (const module of Object.values(content.modules[language])) {
      expect(issues(ModuleContent.safeParse(module)), module.id).toEqual([]);
    }
    expect(issues(GlossaryEntry.array().safeParse(content.glossary[language]))).toEqual([]);
    expect(issues(SourceEntry.array().safeParse(content.sources[language]))).toEqual([]);
    expect(issues(Organisation.safeParse(content.organisation))).toEqual([]);
  });
});
