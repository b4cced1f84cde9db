/**
 * The start page prerendered into index.html (docs/decisions/0008-prerendered-start-page.md): a
 * first visit paints it from the HTML alone, before any script, and the app hydrates it without
 * replacing a node; every other first page (a deep link, stored progress, English, a browser in
 * English, the LMS build) never shows it, not in a single frame. No CSP violation anywhere.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname } from 'node:path';
import type { Page } from '@playwright/test';
import { unzipSync } from 'fflate';
import { expect, firstModule, STORAGE_KEY, test } from './fixtures';
import { passedAttempt, storedState } from './state';

/**
 * Watches from before the first frame: each animation frame and DOMContentLoaded note whether the
 * prerendered markup is on screen, every node taken out of `#root` is counted, and every CSP
 * violation is kept.
 */
async function watchFirstPaint(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as Record<string, unknown>;
    const seen: string[] = [];
    const violations: string[] = [];
    let removedFromRoot = 0;
    w.__firstPaint = { seen, violations, removed: () => removedFromRoot };
    const visible = () => {
      const root = document.getElementById('root');
      return Boolean(
        root?.hasAttribute('data-prerendered') &&
        root.querySelector('h1') &&
        getComputedStyle(root).display !== 'none',
      );
    };
    const sample = (when: string) => {
      if (visible()) seen.push(when);
    };
    const frame = () => {
      sample('frame');
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
    document.addEventListener('DOMContentLoaded', () => sample('DOMContentLoaded'));
    document.addEventListener('securitypolicyviolation', (e) =>
      violations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
    new MutationObserver((records) => {
      for (const r of records)
        if ((r.target as Element).closest?.('#root')) removedFromRoot += r.removedNodes.length;
    }).observe(document, { childList: true, subtree: true });
  });
}

async function firstPaint(page: Page) {
  return page.evaluate(() => {
    const watch = (window as unknown as Record<string, unknown>).__firstPaint as {
      seen: string[];
      violations: string[];
      removed: () => number;
    };
    return { seen: watch.seen, violations: watch.violations, removed: watch.removed() };
  });
}

test('a first visit paints the start page from the HTML, with JavaScript off', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false, locale: 'sv-SE' });
  const page = await context.newPage();
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mutkollen');
  await expect(page.locator('.lead')).toContainText('Det du gör sparas bara i din webbläsare.');
  await expect(page.getByRole('link', { name: /^Börja med/ })).toHaveAttribute(
    'href',
    `#/modules/${firstModule.id}/lessons/${firstModule.lessons[0]!.id}`,
  );
  await expect(page.getByRole('navigation', { name: 'Huvudmeny' })).toBeVisible();
  await context.close();
});

test('the app takes the prerendered page over without replacing it or a hydration error', async ({
  page,
}) => {
  await watchFirstPaint(page);
  await page.goto('./');
  await expect(page.locator('#root[data-prerendered]')).toHaveCount(0);
  const watched = await firstPaint(page);
  expect(watched.seen.length, 'painted before the app ran').toBeGreaterThan(0);
  expect(watched.removed, 'nodes the app took out of the prerendered page').toBe(0);
  expect(watched.violations).toEqual([]);
  // It is live: the language switch works, and a link goes where it says.
  await page.getByRole('button', { name: 'In English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('button', { name: 'På svenska' }).click();
  await page.getByRole('link', { name: /^Börja med/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(firstModule.lessons[0]!.title);
});

const returning = storedState({
  quizzes: { [firstModule.id]: [passedAttempt(firstModule.id)] },
});
const english = storedState({ settings: { language: 'en', learnerName: '', updatedAt: 1 } });

for (const [name, setUp, heading] of [
  ['a deep link', { hash: '#/progress' }, 'Mina resultat'],
  ['a returning learner with progress', { stored: returning }, 'Mutkollen'],
  ['a learner who chose English', { stored: english }, 'Mutkollen'],
  ['a first visit from a browser in English (en-GB)', { locale: 'en-GB' }, 'Mutkollen'],
] as const) {
  test(`${name} never sees the prerendered start page, not in the first paint`, async ({
    browser,
    baseURL,
  }) => {
    const context = await browser.newContext({
      baseURL,
      locale: 'locale' in setUp ? setUp.locale : 'sv-SE',
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    if ('stored' in setUp) {
      await page.addInitScript(
        ([key, value]) => localStorage.setItem(key!, value!),
        [STORAGE_KEY, setUp.stored],
      );
    }
    await watchFirstPaint(page);
    await page.goto(`./${'hash' in setUp ? setUp.hash : ''}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    if ('locale' in setUp || ('stored' in setUp && setUp.stored === english))
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    const watched = await firstPaint(page);
    expect(watched.seen, 'frames that showed the prerendered page').toEqual([]);
    expect(watched.violations).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
}

test('the prerendered page is what the service worker serves offline', async ({
  page,
  context,
}) => {
  await page.goto('./');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await expect
    .poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller)))
    .toBe(true);
  await context.setOffline(true);
  const html = await page.evaluate(async () => (await fetch('./')).text());
  expect(html).toContain('<div id="root" data-prerendered>');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mutkollen');
});

test.describe('the LMS build', () => {
  let server: Server;
  let origin = '';
  const zip = 'dist-scorm/mutkollen-scorm2004.zip';

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    if (!existsSync(zip)) {
      execFileSync(process.execPath, ['pipeline/scorm/build-scorm.mjs'], { stdio: 'inherit' });
    }
    const files = unzipSync(readFileSync(zip));
    const types: Record<string, string> = {
      '.html': 'text/html; charset=utf-8',
      '.js': 'text/javascript; charset=utf-8',
      '.css': 'text/css; charset=utf-8',
    };
    server = createServer((request, response) => {
      const path = new URL(request.url ?? '/', 'http://x').pathname.replace(/^\/course\//, '');
      const body = files[path === '' ? 'index.html' : path];
      if (!body) return void response.writeHead(404).end();
      response.writeHead(200, { 'content-type': types[extname(path || '.html')] ?? 'text/plain' });
      response.end(body);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  test.afterAll(async () => {
    await new Promise((resolve) => server?.close(resolve));
  });

  test('carries no prerendered page, so an LMS never flashes it', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'sv-SE' });
    const page = await context.newPage();
    await watchFirstPaint(page);
    const response = await page.goto(`${origin}/course/index.html`);
    const html = (await response!.text()).replace(/\s+/g, ' ');
    expect(html).toContain('<div id="root"></div>');
    expect(html).not.toContain('data-prerendered');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mutkollen');
    const watched = await firstPaint(page);
    expect(watched.seen).toEqual([]);
    expect(watched.violations).toEqual([]);
    await context.close();
  });
});
