/**
 * The build-time render of the start page, loaded by pipeline/prerender.ts through Vite's SSR:
 * Swedish, a first visit with nothing stored, the organisation's settings applied, rendered by
 * React's own static rendering once everything on the page has loaded. The browser paints it
 * from the HTML; src/main.tsx then hydrates it, or removes it when it is not the right page
 * (docs/decisions/0008-prerendered-start-page.md).
 */
import { browserLanguage, PRERENDER_OFF_ATTRIBUTE, showsPrerendered } from '@/config/first-paint';
import { LANGUAGE_CODES, SOURCE_LANGUAGE } from '@/config/languages';
import { STORAGE_KEY } from '@/store/safe-storage';

export interface PrerenderedStartPage {
  /** The markup that goes inside `#root`. */
  html: string;
  /** The string namespaces the page used: the client must have them before it hydrates. */
  namespaces: string[];
  /** The inline script for <head> that decides, before the first paint, whether to show it. */
  firstPaintScript: string;
}

export async function renderStartPage(): Promise<PrerenderedStartPage> {
  const restore = installBuildGlobals();
  try {
    const [
      { prerender },
      { renderToString },
      { default: i18next },
      { App },
      { StaticHashRouter },
      routes,
      content,
    ] = await Promise.all([
      import('react-dom/static'),
      import('react-dom/server'),
      import('i18next'),
      import('@/app/app'),
      import('@/app/static-hash-router'),
      import('@/app/routes'),
      import('@/lib/content'),
    ]);
    const [{ initI18n }, { useAppStore }] = await Promise.all([
      import('@/lib/i18n'),
      import('@/store/store'),
    ]);
    // A first visit in Swedish, whatever language the machine that builds speaks.
    useAppStore.setState((s) => ({ settings: { ...s.settings, language: SOURCE_LANGUAGE } }));
    const start = routes.matchPageRoute('/')!;
    await Promise.all([
      routes.preloadPage(start),
      content.loadCatalogue(SOURCE_LANGUAGE),
      initI18n(SOURCE_LANGUAGE, [start.ns]),
    ]);
    // The first pass waits for whatever the page suspends on; the second finds it all loaded and
    // writes the page in one piece, as the client's first render will be (no pending boundary).
    await prerender(<App router={StaticHashRouter} />);
    const html = renderToString(<App router={StaticHashRouter} />);
    if (/<!--\$[?!]-->|<template|<script/.test(html)) {
      throw new Error(
        'The start page still suspends after everything loaded; it cannot be prerendered.',
      );
    }
    return {
      html,
      namespaces: i18next.reportNamespaces?.getUsedNamespaces() ?? [],
      firstPaintScript: firstPaintScript(),
    };
  } finally {
    restore();
  }
}

/**
 * The inline script: the two functions of src/config/first-paint.ts as they are, called with the
 * address, whether anything is stored and the browser's languages. When the prerendered page is
 * not the one to show, it marks <html>, and the stylesheet hides `#root` until the app replaces it.
 */
export function firstPaintScript(): string {
  const args = (value: unknown) => JSON.stringify(value);
  return [
    '(function(){var d=document.documentElement,s=false;',
    `try{s=localStorage.getItem(${args(STORAGE_KEY)})!==null}catch(e){}`,
    `var l=(${browserLanguage.toString()})(navigator.languages||[navigator.language],${args(LANGUAGE_CODES)},${args(SOURCE_LANGUAGE)});`,
    `if(!(${showsPrerendered.toString()})(location.hash,s,l,${args(SOURCE_LANGUAGE)}))d.setAttribute(${args(PRERENDER_OFF_ATTRIBUTE)},'off')})()`,
  ].join('');
}

/**
 * What the app's modules expect of a browser while they load and render here: local storage
 * (in memory, so the page shows no storage warning) and no BroadcastChannel, which would keep
 * the build's process alive.
 */
function installBuildGlobals(): () => void {
  const global = globalThis as Record<string, unknown>;
  const saved = { window: global.window, BroadcastChannel: global.BroadcastChannel };
  const items = new Map<string, string>();
  const localStorage = {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, String(value)),
    removeItem: (key: string) => void items.delete(key),
    clear: () => items.clear(),
    key: (index: number) => [...items.keys()][index] ?? null,
    get length() {
      return items.size;
    },
  };
  global.window = { localStorage, addEventListener() {}, removeEventListener() {} };
  global.BroadcastChannel = undefined;
  return () => {
    global.window = saved.window;
    global.BroadcastChannel = saved.BroadcastChannel;
  };
}
