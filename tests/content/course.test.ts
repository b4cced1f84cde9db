import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadContent } from '../../pipeline/content/load.ts';
import { keyPaths, stringLeaves } from './helpers';

const content = loadContent('content');
const moduleIds = content.catalogue.sv.modules.map((m) => m.id);

const textFiles = [
  'course',
  'sources',
  ...readdirSync('content/modules').map((m) => join('modules', m, 'module')),
];

describe('the course content', () => {
  it('is valid in both languages', () => {
    expect(content.catalogue.sv.modules.length).toBeGreaterThan(0);
    expect(content.catalogue.en.modules.map((m) => m.id)).toEqual(moduleIds);
  });

  it.each(textFiles)('%s: English has exactly the ids and fields Swedish has', (file) => {
    const sv = parse(readFileSync(`content/${file}.sv.yaml`, 'utf8'));
    const en = parse(readFileSync(`content/${file}.en.yaml`, 'utf8'));
    expect(keyPaths(en).sort()).toEqual(keyPaths(sv).sort());
  });

  it.each(textFiles)('%s: no text is empty in either language', (file) => {
    for (const lang of ['sv', 'en']) {
      const leaves = stringLeaves(parse(readFileSync(`content/${file}.${lang}.yaml`, 'utf8')));
      const empty = leaves
        .filter(([, v]) => typeof v !== 'string' || v.trim() === '')
        .map(([k]) => k);
      expect(empty, `${file}.${lang}.yaml`).toEqual([]);
    }
  });

  it('builds each module in each language with the same structure', () => {
    for (const id of moduleIds) {
      const sv = content.modules.sv[id]!;
      const en = content.modules.en[id]!;
      expect(en.lessons.map((l) => l.id)).toEqual(sv.lessons.map((l) => l.id));
      expect(en.quiz.questions.map((q) => q.options.map((o) => [o.id, o.correct]))).toEqual(
        sv.quiz.questions.map((q) => q.options.map((o) => [o.id, o.correct])),
      );
      expect(en.scenarios.map((s) => s.steps.map((st) => st.choices.map((c) => c.next)))).toEqual(
        sv.scenarios.map((s) => s.steps.map((st) => st.choices.map((c) => c.next))),
      );
    }
  });

  it('gives every option its own feedback and every question a source', () => {
    for (const id of moduleIds) {
      for (const q of content.modules.sv[id]!.quiz.questions) {
        expect(q.sources.length, `${id}/${q.id}`).toBeGreaterThan(0);
        for (const o of q.options) expect(o.feedback.trim(), `${id}/${q.id}/${o.id}`).not.toBe('');
      }
    }
  });
});
