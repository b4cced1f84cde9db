import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expectNoAxeViolations, firstModule, openApp, STORAGE_KEY, test } from './fixtures';

const scenario = firstModule.scenarios[0]!;
const v2 = readFileSync('tests/fixtures/storage/v2.json', 'utf8');

/** Every route, as a learner or trainer first sees it. */
const routes = [
  '/',
  `/modules/${firstModule.id}`,
  `/modules/${firstModule.id}/lessons/${firstModule.lessons[0]!.id}`,
  `/modules/${firstModule.id}/quiz`,
  `/modules/${firstModule.id}/scenarios/${scenario.id}`,
  '/progress',
  '/certificate',
  '/practice',
  '/self-check',
  '/trainer',
  '/trainer/guide',
  `/trainer/facilitate/${firstModule.id}/${scenario.id}`,
  `/trainer/facilitate/${firstModule.id}/${scenario.id}/notes`,
  '/trainer/assign',
  '/trainer/results',
  '/assignments',
  '/a/1.this-link-is-broken',
  '/about',
  '/no-such-page',
];

/** States inside a page: feedback, results, dilemma steps and endings, dialogs, trainer views. */
const states: Record<string, (page: Page, language: 'sv' | 'en') => Promise<void>> = {
  'start page with a role chosen, then the picker opened again': async (page) => {
    await page.locator('input[name=tracks]').first().check();
    await page.locator('.path-section button[type=submit]').click();
    await page.locator('.track--yours').first().waitFor();
    await expectNoAxeViolations(page, 'start page with a role chosen');
    await page.locator('.path-section .button--secondary').click();
    await page.locator('.path-section input[name=tracks]').first().waitFor();
    await expectNoAxeViolations(page, 'role picker opened again');
  },
  'assignment builder with a whole track and part of the core chosen': async (page) => {
    await page.locator('input[name=module-groups]').last().check();
    await page.locator('input[name=modules]').first().check();
    await expectNoAxeViolations(page, 'builder with groups chosen');
  },
  'quiz question and feedback, then results': async (page) => {
    await page.locator('.button--primary').first().click();
    await expectNoAxeViolations(page, 'quiz question');
    for (let n = 0; n < 20; n++) {
      await page.locator('.option input').first().check();
      await page.locator('form.question button[type=submit]').click();
      await expectNoAxeViolations(page, `quiz feedback ${n + 1}`);
      const next = page.locator('.feedback ~ .actions a');
      const last =
        (await page.locator('.verdict').count()) > 0 &&
        /results/.test((await next.getAttribute('href')) ?? '');
      await next.click();
      if (last) break;
    }
    await page.locator('.result-box').waitFor();
    await expectNoAxeViolations(page, 'quiz results');
  },
  'dilemma step, consequence and ending': async (page) => {
    await page.locator('.actions .button').last().click();
    for (let n = 0; n < 10; n++) {
      await page.locator('.choice, #ending-title').first().waitFor();
      if (await page.locator('#ending-title').isVisible()) break;
      await expectNoAxeViolations(page, `dilemma step ${n + 1}`);
      await page.locator('.choice').first().click();
      await expectNoAxeViolations(page, `dilemma consequence ${n + 1}`);
      await page.locator('.consequence .button').click();
    }
    await expectNoAxeViolations(page, 'dilemma ending');
  },
  'glossary term opened and sources shown': async (page) => {
    await page.locator('.glossary-term').first().click();
    await page.locator('.glossary-definition').first().waitFor();
    await page.locator('details.sources summary').first().click();
    await expectNoAxeViolations(page, 'lesson with glossary and sources open');
  },
  'progress with attempts, import and reset dialogs': async (page) => {
    await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [STORAGE_KEY, v2]);
    await page.reload();
    await page.locator('table').first().waitFor();
    await expectNoAxeViolations(page, 'progress with attempts');
    await page
      .locator('.button', { hasText: /Radera alla mina resultat|Delete all my progress/ })
      .click();
    await expectNoAxeViolations(page, 'reset confirmation');
    await page.locator('input[type=file]').setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{ not json'),
    });
    await page.locator('[role=alert]').first().waitFor();
    await expectNoAxeViolations(page, 'import error');
  },
  'facilitation mode with votes, notes and answers revealed': async (page) => {
    await page.locator('.fac-vote__input').first().fill('3');
    await page.locator('.fac-vote__input').first().press('Tab');
    await page
      .locator('button', { hasText: /anteckningar|notes/i })
      .first()
      .click();
    await page
      .locator('button', { hasText: /Visa facit|Reveal/ })
      .first()
      .click();
    await expectNoAxeViolations(page, 'facilitation revealed');
  },
  "trainer's guide with the answer key shown": async (page) => {
    await page.locator('.answer-key__gate button').click();
    await page.locator('.answer-key__module').first().waitFor();
    await expectNoAxeViolations(page, 'answer key shown');
  },
};

const stateRoutes: Record<string, string> = {
  'start page with a role chosen, then the picker opened again': '/',
  'assignment builder with a whole track and part of the core chosen': '/trainer/assign',
  'quiz question and feedback, then results': `/modules/${firstModule.id}/quiz`,
  'dilemma step, consequence and ending': `/modules/${firstModule.id}/scenarios/${scenario.id}`,
  'glossary term opened and sources shown': `/modules/${firstModule.id}/lessons/${firstModule.lessons[0]!.id}`,
  'progress with attempts, import and reset dialogs': '/progress',
  'facilitation mode with votes, notes and answers revealed': `/trainer/facilitate/${firstModule.id}/${scenario.id}`,
  "trainer's guide with the answer key shown": '/trainer/guide',
};

for (const language of ['sv', 'en'] as const) {
  for (const route of routes) {
    test(`no axe violations on ${route} (${language})`, async ({ page }) => {
      await openApp(page, route, language);
      await expectNoAxeViolations(page, `${route} in ${language}`);
    });
  }
  for (const [name, run] of Object.entries(states)) {
    test(`no axe violations in state: ${name} (${language})`, async ({ page }) => {
      await openApp(page, stateRoutes[name]!, language);
      await run(page, language);
    });
  }
}
