import { describe, expect, it } from 'vitest';
import { LANGUAGE_CODES } from '@/config/languages';
import { buildCourseIndex } from '@/lms/course-index';
import { contentPlugin } from '../../../pipeline/content/plugin';
import { content } from '../lms/course';

/** What the plugin serves for a virtual id, as the bundler would load it. */
function served(id: string): string {
  const plugin = contentPlugin('content');
  const load = plugin.load as (id: string) => string | null;
  const code = load.call({}, id);
  if (code === null) throw new Error(`the plugin serves nothing for ${id}`);
  return code;
}

/** The value of a served `export default JSON.parse(…)` module. */
function servedJson(id: string): unknown {
  const match = /^export default JSON\.parse\((.*)\);$/s.exec(served(id));
  return JSON.parse(JSON.parse(match![1]!) as string);
}

describe('the course index the build emits', () => {
  const emitted = servedJson('\0mutkollen-content/course-index');

  it.each(LANGUAGE_CODES)(
    'is the index built from the course resolved in %s (ids, order, parts, fingerprints)',
    (language) => {
      expect(emitted).toEqual(
        buildCourseIndex(content.catalogue[language], content.modules[language]),
      );
    },
  );

  it('holds no text, only ids, so it is one small chunk whatever the language', () => {
    const json = JSON.stringify(emitted);
    for (const language of LANGUAGE_CODES) {
      expect(json).not.toContain(content.catalogue[language].course.title);
      for (const m of content.catalogue[language].modules) expect(json).not.toContain(m.title);
    }
  });

  it('stays out of the loaders every page imports (first-load JS does not grow)', () => {
    expect(served('\0mutkollen-content/index')).not.toContain('course-index');
  });
});
