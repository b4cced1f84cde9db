/**
 * A course of twelve modules in three languages, one of them right-to-left and
 * not in the app's registry, goes through the pipeline: nothing in it assumes
 * seven modules or two languages.
 */
import { describe, expect, it } from 'vitest';
import { LANGUAGE_CODES, type LanguageInfo } from '@/config/languages';
import { buildCourseIndex } from '@/lms/course-index';
import { loadContent } from '../../pipeline/content/load';

/** A third, right-to-left test language; only this test knows it. */
const ARABIC = {
  code: 'ar',
  locale: 'ar',
  label: 'العربية',
  dir: 'rtl',
} as const satisfies LanguageInfo;
const LANGUAGES = ['sv', 'en', ARABIC.code] as const;
const ROOT = 'tests/fixtures/course-twelve';
const CORE = ['m-07', 'm-02', 'm-11', 'm-04'];
const TRACKS = [
  ['m-01', 'm-09', 'm-05', 'm-12'],
  ['m-03', 'm-10', 'm-06', 'm-08'],
];
/** The module word each language's pseudo-text starts with. */
const MODULE_WORD = { sv: 'Modul', en: 'Module', ar: 'وحدة' };

const content = loadContent(ROOT, LANGUAGES);

describe('a fixture course of twelve modules in sv, en and a right-to-left test language', () => {
  it('is built only in the languages asked for (the app keeps its own registry)', () => {
    expect(LANGUAGE_CODES).not.toContain(ARABIC.code);
    expect(Object.keys(content.catalogue)).toEqual([...LANGUAGES]);
    expect(Object.keys(loadContent(ROOT).catalogue)).toEqual([...LANGUAGE_CODES]);
  });

  it('refuses a list of languages without the source language', () => {
    expect(() => loadContent(ROOT, ['en', 'ar'])).toThrow(/source language "sv"/);
  });

  it.each(LANGUAGES)('lists all twelve modules in course order in %s', (language) => {
    const catalogue = content.catalogue[language];
    expect(catalogue.modules.map((m) => m.id)).toEqual([...CORE, ...TRACKS.flat()]);
    expect(catalogue.core.modules).toEqual(CORE);
    expect(catalogue.tracks.map((t) => t.modules)).toEqual(TRACKS);
    expect(catalogue.modules.filter((m) => m.required).map((m) => m.id)).toEqual(CORE);
  });

  it('has the same structure in every language (parity), so progress survives a switch', () => {
    const index = buildCourseIndex(content.catalogue.sv, content.modules.sv);
    expect(index.modules).toHaveLength(12);
    for (const language of LANGUAGES) {
      expect(buildCourseIndex(content.catalogue[language], content.modules[language])).toEqual(
        index,
      );
      expect(content.glossary[language].map((g) => g.id)).toEqual(
        content.glossary.sv.map((g) => g.id),
      );
      // Minutes come from the Swedish text, so every language shows the same estimate.
      expect(content.catalogue[language].modules.map((m) => m.minutes)).toEqual(
        content.catalogue.sv.modules.map((m) => m.minutes),
      );
    }
  });

  it.each(LANGUAGES)('resolves each module with its own %s text', (language) => {
    for (const id of [...CORE, ...TRACKS.flat()]) {
      const module = content.modules[language][id]!;
      expect(module.language).toBe(language);
      expect(module.title).toBe(`${MODULE_WORD[language]} ${id} ${language}`);
      const [q1, q2] = module.quiz.questions;
      expect(q1!.options.map((o) => [o.id, o.correct])).toEqual([
        ['a', true],
        ['b', false],
      ]);
      expect(q2!.options.map((o) => [o.id, o.correct, o.text])).toEqual([
        ['true', false, ''],
        ['false', true, ''],
      ]);
      expect(module.lessons[0]!.body).toEqual([
        {
          t: 'p',
          c: [
            expect.objectContaining({ t: 'text' }),
            expect.objectContaining({ t: 'term', id: `term-${id}` }),
            { t: 'text', v: '.' },
          ],
        },
      ]);
    }
    expect(content.catalogue[language].tracks.map((t) => t.title)).toEqual(
      ['A', 'B'].map((x) => expect.stringContaining(`${x} ${language}`)),
    );
  });

  it('keeps right-to-left text as written (direction is the app’s job, not the pipeline’s)', () => {
    const title = content.modules.ar['m-07']!.title;
    expect(title).toMatch(/^[\u0600-\u06FF]/);
    expect(content.modules.ar['m-07']!.lessons[0]!.body[0]).toMatchObject({
      c: [
        { t: 'text', v: 'نص باللغة العربية مع ' },
        { t: 'term', c: [{ t: 'text', v: 'مصطلح' }] },
        {},
      ],
    });
  });
});
