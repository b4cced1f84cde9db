// The side-by-side measure for `npm run bench`: Mutkollen's start page against a floor app of only
// the mandated libraries (react, react-dom, react-router, zustand, i18next, react-i18next, an h1
// and about 200 characters of text, built here with Vite), both from one plain static server with
// gzip, in Debian's Chromium with 4× CPU slowdown and a fast-3G network, a fresh context for each
// load, the two pages taken in turn, five rounds. "Usable" is the first animation frame with a
// visible h1 or 200 characters of text on screen. Returns the medians and the ratio.
/* global window, document, requestAnimationFrame -- in the functions that run in the page */
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { build } from 'vite';

const ROUNDS = 5;
/** Chromium DevTools' "Fast 3G" (its own figures, with its 0.9 and 3.75 adjustments). */
const FAST_3G = {
  offline: false,
  latency: 150 * 3.75,
  downloadThroughput: ((1.6 * 1024 * 1024) / 8) * 0.9,
  uploadThroughput: ((750 * 1024) / 8) * 0.9,
};
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
};

const intro =
  'En kort utbildning om mutor, jäv och korruption för dig som arbetar i offentlig sektor. ' +
  'Du lär dig känna igen en muta och vad du ska göra. Ta en del i taget, i din egen takt.';

/** Builds the floor app in a folder under node_modules/.cache (so it resolves the same packages). */
async function buildFloor() {
  const dir = resolve('node_modules/.cache/mutkollen-bench-floor');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><html lang="sv"><head><meta charset="UTF-8" /><meta name="viewport" content="width=device-width, initial-scale=1" /><title>Floor</title></head><body><div id="root"></div><script type="module" src="./main.js"></script></body></html>',
  );
  writeFileSync(
    join(dir, 'main.js'),
    `import { createElement as h } from 'react';
import { createRoot } from 'react-dom/client';
import { HashRouter, Route, Routes } from 'react-router';
import { create } from 'zustand';
import i18next from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
const useStore = create(() => ({ visits: 0 }));
await i18next.use(initReactI18next).init({
  lng: 'sv',
  resources: { sv: { translation: { title: 'Mutkollen', intro: ${JSON.stringify(intro)} } } },
  interpolation: { escapeValue: false },
});
function Start() {
  const { t } = useTranslation();
  const visits = useStore((s) => s.visits);
  return h('main', { 'data-visits': visits }, h('h1', null, t('title')), h('p', null, t('intro')));
}
createRoot(document.getElementById('root')).render(
  h(HashRouter, null, h(Routes, null, h(Route, { path: '/', element: h(Start) }))),
);
`,
  );
  await build({
    configFile: false,
    root: dir,
    base: './',
    logLevel: 'silent',
    build: { outDir: join(dir, 'dist'), target: 'es2022', modulePreload: { polyfill: false } },
  });
  return join(dir, 'dist');
}

/** A plain static server with gzip: /app/ is dist, /floor/ the floor app. Nothing is cached. */
function serve(roots) {
  const cache = new Map();
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://x');
    const [, name, ...rest] = url.pathname.split('/');
    const root = roots[name];
    const path = root && normalize(join(root, rest.join('/') || 'index.html'));
    if (!path || !path.startsWith(root) || !statSync(path, { throwIfNoEntry: false })?.isFile()) {
      response.writeHead(404).end();
      return;
    }
    if (!cache.has(path)) cache.set(path, gzipSync(readFileSync(path)));
    response.writeHead(200, {
      'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
      'content-encoding': 'gzip',
      'cache-control': 'no-store',
    });
    response.end(cache.get(path));
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

/** Milliseconds from navigation to the first frame with a visible h1 or 200 characters of text. */
async function timeToUsable(browser, url) {
  const context = await browser.newContext({ locale: 'sv-SE', serviceWorkers: 'block' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', FAST_3G);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.addInitScript(() => {
    const check = () => {
      const h1 = document.querySelector('h1');
      const shown = h1 && h1.getClientRects().length > 0 && h1.textContent.trim().length > 0;
      const text = (document.body?.innerText ?? '').trim().length >= 200;
      if (shown || text) window.__usable = performance.now();
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(() => window.__usable !== undefined, null, { timeout: 60_000 });
  const usable = await page.evaluate(() => window.__usable);
  await context.close();
  return usable;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Measures both, in turn, ROUNDS times; prints each round; returns medians, the ratio, floor size. */
export async function sideBySide({ dist = 'dist', chromePath = '/usr/bin/chromium' } = {}) {
  const floorDist = await buildFloor();
  const floorJs = gzipSync(
    readFileSync(
      join(
        floorDist,
        'assets',
        readFileSync(join(floorDist, 'index.html'), 'utf8').match(/assets\/([^"]+\.js)/)[1],
      ),
    ),
  ).length;
  const server = await serve({ app: resolve(dist), floor: floorDist });
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({
    executablePath: chromePath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic'],
  });
  const times = { floor: [], ours: [] };
  try {
    for (let round = 1; round <= ROUNDS; round++) {
      times.floor.push(await timeToUsable(browser, `${origin}/floor/`));
      times.ours.push(await timeToUsable(browser, `${origin}/app/`));
      console.log(
        `  round ${round}: floor ${Math.round(times.floor.at(-1))} ms, Mutkollen ${Math.round(times.ours.at(-1))} ms`,
      );
    }
  } finally {
    await browser.close();
    server.close();
  }
  const floor = median(times.floor);
  const ours = median(times.ours);
  return { floor, ours, ratio: ours / floor, floorJs, rounds: times };
}
