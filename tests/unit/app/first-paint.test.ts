import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { contentSecurityPolicy, inlineBlocks } from '../../../pipeline/csp';
import { browserLanguage, showsPrerendered } from '@/config/first-paint';
import { LANGUAGE_CODES } from '@/config/languages';
import { firstPaintScript } from '@/prerender';
import { STORAGE_KEY } from '@/store/safe-storage';
import { createAppStore } from '@/store/store';
import { FlakyStorage } from '../store/flaky-storage';

const setBrowserLanguages = (languages: string[]) =>
  Object.defineProperty(window.navigator, 'languages', { value: languages, configurable: true });

afterEach(() => setBrowserLanguages(['sv-SE']));

describe('the language of a first visit', () => {
  it.each([
    [['en-GB', 'sv'], 'en'],
    [['sv-FI', 'en'], 'sv'],
    [['de-DE', 'en-US'], 'en'],
    [['de-DE', 'fr'], 'sv'],
    [[], 'sv'],
    [['EN'], 'en'],
  ])('browser %j starts in %s', (preferred, expected) => {
    expect(browserLanguage(preferred, LANGUAGE_CODES, 'sv')).toBe(expected);
  });

  it('follows the browser when nothing is stored, and a stored choice wins over it', () => {
    setBrowserLanguages(['en-GB', 'en']);
    expect(
      createAppStore(new FlakyStorage(), { syncTabs: false }).getState().settings.language,
    ).toBe('en');
    const chosen = new FlakyStorage();
    createAppStore(chosen, { syncTabs: false }).getState().setLanguage('sv');
    expect(createAppStore(chosen, { syncTabs: false }).getState().settings.language).toBe('sv');
  });
});

describe('whether the prerendered start page shows', () => {
  it.each([
    ['', false, 'sv', true],
    ['#/', false, 'sv', true],
    ['#/?from=intranet', false, 'sv', true],
    ['#/progress', false, 'sv', false],
    ['#/modules/jav/lessons/x', false, 'sv', false],
    ['#/', true, 'sv', false],
    ['#/', false, 'en', false],
  ])('hash %j, stored %s, language %s: %s', (hash, stored, language, expected) => {
    expect(showsPrerendered(hash, stored, language, 'sv')).toBe(expected);
  });
});

/** Runs the inline script against a pretend browser; true when it left the page shown. */
function runScript(hash: string, stored: string | null, languages: string[]) {
  const attributes = new Map<string, string>();
  const documentElement = { setAttribute: (k: string, v: string) => attributes.set(k, v) };
  const storage = { getItem: (key: string) => (key === STORAGE_KEY ? stored : null) };
  new Function('document', 'localStorage', 'navigator', 'location', firstPaintScript())(
    { documentElement },
    storage,
    { languages, language: languages[0] },
    { hash },
  );
  return attributes.get('data-prerender') !== 'off';
}

describe('the first-paint script in index.html', () => {
  it('decides as the app does, for every address, storage and browser language', () => {
    for (const hash of ['', '#/', '#/progress', '#/modules/jav', '#/?x=1'])
      for (const stored of [null, '{}'])
        for (const languages of [['sv-SE'], ['en-GB', 'sv'], ['de'], []]) {
          const language = browserLanguage(languages, LANGUAGE_CODES, 'sv');
          expect(runScript(hash, stored, languages), `${hash} ${stored} ${languages}`).toBe(
            showsPrerendered(hash, stored !== null, language, 'sv'),
          );
        }
  });

  it('shows the page when storage cannot be read (a first visit as far as it can tell)', () => {
    const attributes = new Map<string, string>();
    new Function('document', 'localStorage', 'navigator', 'location', firstPaintScript())(
      { documentElement: { setAttribute: (k: string, v: string) => attributes.set(k, v) } },
      {
        getItem: () => {
          throw new Error('blocked');
        },
      },
      { languages: ['sv'] },
      { hash: '' },
    );
    expect(attributes.size).toBe(0);
  });
});

describe('the CSP of the built page', () => {
  it('pins each inline block the build wrote by its hash, and allows nothing else inline', () => {
    const script = firstPaintScript();
    const html = `<head><script>${script}</script><script type="module" src="./a.js"></script><style>p{}</style></head>`;
    const policy = contentSecurityPolicy({
      scripts: inlineBlocks(html, 'script'),
      styles: inlineBlocks(html, 'style'),
    });
    const hash = (text: string) => createHash('sha256').update(text).digest('base64');
    expect(policy).toContain(`script-src 'self' 'sha256-${hash(script)}';`);
    expect(policy).toContain(`style-src 'self' 'sha256-${hash('p{}')}';`);
    expect(policy).not.toContain('unsafe-inline');
  });
});
