/**
 * Plain language (klarspråk, språklagen 11 §) as the course's editors asked for it: readable
 * Swedish lesson text, no sentence that starts with digits, one word for one thing, and none
 * of the phrasings the second edition's review corrected.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadContent } from '../../pipeline/content/load.ts';
import { lix, moduleLessonText } from '../../pipeline/content/readability.ts';
import { stringLeaves } from './helpers';

const content = loadContent('content');
const moduleIds = readdirSync('content/modules');

/** Every text of every module in a language, with where it is. */
function texts(language: 'sv' | 'en'): [string, string][] {
  return moduleIds.flatMap((id) => {
    const file = join('content/modules', id, `module.${language}.yaml`);
    return stringLeaves(parse(readFileSync(file, 'utf8')))
      .filter((leaf): leaf is [string, string] => typeof leaf[1] === 'string')
      .map(([path, text]) => [`${file} › ${path}`, text] as [string, string]);
  });
}

/** Phrasings the review replaced, with what to write instead. */
const AVOID: Record<'sv' | 'en', [RegExp, string][]> = {
  sv: [
    [/\binköpare/i, 'upphandlare'],
    [/lärare i förskolan/i, 'förskollärare'],
    [/mer än lite/i, 'märkbart'],
    [/smalt undantag/i, 'snävt undantag'],
    [/Fördelen är inte rimlig/i, 'säg vad som gör förmånen otillbörlig'],
    [/\brevision av (en )?leverantör/i, 'leverantörsgranskning'],
    [/regler i kommunallagen som motsvarar/i, 'kapitel och paragraf'],
    [/lagen gäller också när någon bryter mot EU:s regler/i, 'vissa brott mot EU-regler'],
  ],
  en: [[/\bconflicts? of interest \(jäv\)/i, 'disqualification (jäv)']],
};

describe('plain language', () => {
  it('keeps the Swedish lesson text of every module readable: LIX 30–40', () => {
    for (const id of moduleIds) {
      const value = lix(moduleLessonText(content.modules.sv[id]!));
      expect(value, `${id}: LIX ${value.toFixed(1)}`).toBeGreaterThanOrEqual(30);
      expect(value, `${id}: LIX ${value.toFixed(1)}`).toBeLessThanOrEqual(40);
    }
  });

  for (const language of ['sv', 'en'] as const) {
    it(`${language}: no sentence starts with digits`, () => {
      // A digit at the start of the text, of a paragraph or list item, or after a full stop
      // that ends a sentence (not the one of an abbreviation such as "kap.", "s." or "nr");
      // the numbers of an ordered list are not sentences.
      const starts =
        /(^|\n\s*(?:[-*]\s+|\d+\.\s+)?|(?<!\b(?:kap|s|nr|st|p|dnr|ch|no|sec|t\.ex|bl\.a))[.!?]\s+)(?!\d+\.\s)\d/;
      const found = texts(language)
        .filter(([, text]) => starts.test(text))
        .map(([where, text]) => `${where}: ${text.slice(0, 80)}`);
      expect(found).toEqual([]);
    });

    it(`${language}: none of the phrasings the review replaced`, () => {
      const found = texts(language).flatMap(([where, text]) =>
        AVOID[language]
          .filter(([pattern]) => pattern.test(text))
          .map(([pattern, instead]) => `${where}: ${pattern} → ${instead}`),
      );
      expect(found).toEqual([]);
    });
  }
});
