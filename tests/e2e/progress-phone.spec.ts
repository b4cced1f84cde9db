/**
 * Mina resultat on a phone, with something in every table: readable at 320 and
 * 390 px without sideways scrolling, no axe violations, and not endlessly long.
 */
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, openApp, STORAGE_KEY, test } from './fixtures';
import { modules, progressInEveryModule, storedState } from './state';

async function openFullProgress(page: Page, language: 'sv' | 'en', width: number) {
  const state = JSON.parse(storedState(progressInEveryModule(10)));
  state.state.settings.language = language;
  await page.addInitScript(
    ([key, saved]) => {
      if (!localStorage.getItem(key!)) localStorage.setItem(key!, saved!);
    },
    [STORAGE_KEY, JSON.stringify(state)],
  );
  await page.setViewportSize({ width, height: 800 });
  await openApp(page, '/progress');
  await expect(page.locator('.module-attempts')).toHaveCount(modules.length);
}

const pageHeight = (page: Page) => page.evaluate(() => document.documentElement.scrollHeight);

for (const width of [320, 390]) {
  test(`Mina resultat at ${width} px with data in every table: no axe violations, nothing cut off`, async ({
    page,
  }, info) => {
    // axe on a page with twelve charts and tables open takes a while on a slow machine.
    test.setTimeout(120_000);
    await openFullProgress(page, 'sv', width);
    const height = await pageHeight(page);
    console.log(`height at ${width} px, charts folded: ${height}`);
    // Twelve modules with ten attempts each: 19,300 px tall before the charts were folded, 4,600 after.
    expect(height).toBeLessThan(5500);
    await expectNoAxeViolations(page, `progress at ${width} px`);

    // Every module's chart and table opened: still nothing to scroll sideways.
    const summaries = page.locator('.module-attempts summary');
    await expect(summaries).toHaveCount(modules.length);
    for (const summary of await summaries.all()) await summary.click();
    await expect(page.locator('.attempts-table').last()).toBeVisible();
    console.log(`height at ${width} px, every chart open: ${await pageHeight(page)}`);
    await expectNoAxeViolations(page, `progress at ${width} px with every chart open`);
    const cut = await page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      return [...document.querySelectorAll('main *')]
        .filter((el) => el.getBoundingClientRect().right > width + 1)
        .filter((el) => !el.closest('.visually-hidden'))
        .map((el) => `${el.tagName.toLowerCase()}.${el.className}`)
        .slice(0, 5);
    });
    expect(cut).toEqual([]);
    await page.screenshot({ path: info.outputPath(`progress-${width}.png`), fullPage: true });
  });
}

for (const language of ['sv', 'en'] as const) {
  test(`Mina resultat at 390 px in ${language}: the screenshot to look at`, async ({
    page,
  }, info) => {
    await openFullProgress(page, language, 390);
    await page.screenshot({
      path: info.outputPath(`progress-390-${language}.png`),
      fullPage: true,
    });
    await page.locator('.module-attempts summary').first().click();
    await page
      .locator('.module-attempts')
      .first()
      .screenshot({ path: info.outputPath(`attempts-390-${language}.png`) });
  });
}
