import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { namespaces } from '@/lib/i18n';
import { keyPaths, stringLeaves } from './helpers';

const load = (lang: string, ns: string) =>
  JSON.parse(readFileSync(`src/locales/${lang}/${ns}.json`, 'utf8'));

/** i18next plural forms differ by language only in their suffix; compare the base keys. */
const baseKeys = (tree: unknown) =>
  [...new Set(keyPaths(tree).map((k) => k.replace(/_(one|other|zero|two|few|many)$/, '')))].sort();

describe('UI strings', () => {
  it('has one file per namespace in each language', () => {
    for (const lang of ['sv', 'en']) {
      expect(
        readdirSync(`src/locales/${lang}`)
          .map((f) => f.replace('.json', ''))
          .sort(),
      ).toEqual([...namespaces].sort());
    }
  });

  it.each(namespaces)('%s: English has every Swedish string and no extra', (ns) => {
    expect(baseKeys(load('en', ns))).toEqual(baseKeys(load('sv', ns)));
  });

  it.each(namespaces)('%s: no string is empty', (ns) => {
    for (const lang of ['sv', 'en']) {
      const empty = stringLeaves(load(lang, ns)).filter(
        ([, v]) => typeof v !== 'string' || v.trim() === '',
      );
      expect(empty.map(([k]) => `${lang}:${k}`)).toEqual([]);
    }
  });
});
