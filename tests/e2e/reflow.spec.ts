import type { Page } from '@playwright/test';
import { expect, firstModule, openApp, test } from './fixtures';

const routes = [
  '/',
  `/modules/${firstModule.id}`,
  `/modules/${firstModule.id}/lessons/${firstModule.lessons[0]!.id}`,
  `/modules/${firstModule.id}/quiz`,
  `/modules/${firstModule.id}/scenarios/${firstModule.scenarios[0]!.id}`,
  '/progress',
  '/self-check',
  '/trainer',
  '/about',
  '/accessibility',
];

async function overflow(page: Page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const wide = [...document.querySelectorAll('body *')]
      .filter(
        (el) =>
          el.getBoundingClientRect().right > width + 1 &&
          getComputedStyle(el).position !== 'absolute',
      )
      .filter((el) => !el.closest('.table-wrap, .visually-hidden'))
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
    return { scroll: document.documentElement.scrollWidth - width, wide: wide.slice(0, 5) };
  });
}

for (const route of routes) {
  test(`reflows at 320 px and at 200 % text size: ${route}`, async ({ page }, info) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await openApp(page, route);
    expect(await overflow(page)).toEqual({ scroll: 0, wide: [] });
    await page.screenshot({ path: info.outputPath('320.png'), fullPage: true });

    await page.setViewportSize({ width: 1280, height: 800 });
    // Set through the CSSOM: the CSP (rightly) refuses an injected <style>.
    await page.evaluate(() => document.documentElement.style.setProperty('font-size', '200%'));
    expect(await overflow(page)).toEqual({ scroll: 0, wide: [] });
    await page.screenshot({ path: info.outputPath('200-percent.png'), fullPage: true });
  });
}

test('turns motion off when the learner asks for reduced motion', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openApp(page);
  const duration = await page.evaluate(
    () => getComputedStyle(document.querySelector('.button')!).transitionDuration,
  );
  expect(parseFloat(duration)).toBeLessThanOrEqual(0.00001);
});
