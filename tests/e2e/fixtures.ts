/**
 * The e2e test fixture: every test fails if the page reports a CSP violation,
 * throws an uncaught error, or sends a request to any origin but its own.
 */
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import { loadContent } from '../../pipeline/content/load';

export const STORAGE_KEY = 'mutkollen';

interface Guard {
  problems: string[];
}

export const test = base.extend<{ guard: Guard }>({
  guard: [
    async ({ page, baseURL }, use) => {
      const guard: Guard = { problems: [] };
      const origin = new URL(baseURL!).origin;
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => {
          console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
        });
      });
      page.on('console', (msg) => {
        if (msg.type() === 'error') guard.problems.push(`console error: ${msg.text()}`);
      });
      page.on('pageerror', (error) => guard.problems.push(`uncaught: ${error.message}`));
      page.on('request', (request) => {
        const url = request.url();
        if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) {
          guard.problems.push(`request to another origin: ${url}`);
        }
      });
      await use(guard);
      expect(guard.problems, 'CSP violations, page errors or foreign requests').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Runs axe-core on the page and expects no violations of any impact. */
export async function expectNoAxeViolations(page: Page, state: string) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary, `axe violations in ${state}`).toEqual([]);
}

/** Starts the app with the given language already chosen. */
export async function openApp(page: Page, path = '/', language?: 'sv' | 'en') {
  if (language === 'en') {
    await page.addInitScript((key) => {
      if (!localStorage.getItem(key)) {
        localStorage.setItem(
          key,
          JSON.stringify({
            state: {
              settings: { language: 'en', learnerName: '', updatedAt: 1 },
              assignments: {},
              modules: {},
              quizzes: {},
              scenarios: {},
            },
            version: 1,
          }),
        );
      }
    }, STORAGE_KEY);
  }
  await page.goto(`./#${path}`);
  await expect(page.locator('h1')).toBeVisible();
  // The prerendered start page shows before the app runs; wait until the app has taken it over.
  await expect(page.locator('#root[data-prerendered]')).toHaveCount(0);
}

/** Answers the quiz question on screen: the right option(s) when `right`, else a wrong one. */
export async function answerCurrentQuestion(
  page: Page,
  right: boolean,
  key: Record<string, string[]>,
) {
  const prompt = (await page.locator('legend').innerText()).replace(
    /^(Sant eller falskt\?|True or false\?)\s*/,
    '',
  );
  const correct = key[prompt.trim()];
  if (!correct) throw new Error(`No answer key for "${prompt}"`);
  const options = page.locator('.option');
  const count = await options.count();
  let chose = false;
  for (let i = 0; i < count; i++) {
    const label = (await options.nth(i).innerText()).trim();
    const isRight = correct.includes(label);
    if (right ? isRight : !isRight && !chose) {
      await options.nth(i).click();
      chose = true;
    }
  }
  await page.getByRole('button', { name: /^(Svara|Answer)$/ }).click();
}

const content = loadContent('content');

/** For each quiz prompt in a language, the labels of its right options. */
export function answerKey(language: 'sv' | 'en'): Record<string, string[]> {
  const tf =
    language === 'sv' ? { true: 'Sant', false: 'Falskt' } : { true: 'True', false: 'False' };
  const key: Record<string, string[]> = {};
  for (const module of Object.values(content.modules[language])) {
    for (const q of module.quiz.questions) {
      key[q.prompt] = q.options
        .filter((o) => o.correct)
        .map((o) => (q.type === 'truefalse' ? tf[o.id as 'true' | 'false'] : o.text));
    }
  }
  return key;
}

export const firstModule = content.catalogue.sv.modules[0]!;
export const firstModuleEn = content.catalogue.en.modules[0]!;

/** How many questions one attempt at a module's quiz asks. */
export const quizDraw = (moduleId: string) => content.modules.sv[moduleId]!.quiz.draw;

/** A dilemma whose first step has a choice that leads to another step (not straight to an ending). */
export function dilemmaWithASecondStep() {
  for (const module of content.catalogue.sv.modules) {
    for (const scenario of content.modules.sv[module.id]!.scenarios) {
      const start = scenario.steps.find((step) => step.id === scenario.start)!;
      const choice = start.choices.find((c) => scenario.steps.some((step) => step.id === c.next));
      if (choice) return { moduleId: module.id, scenarioId: scenario.id, choiceText: choice.text };
    }
  }
  throw new Error('no dilemma with a second step');
}

/** Passes the first module's quiz in Swedish with every answer right, from the quiz's start page. */
export async function passQuiz(page: Page) {
  const module = content.catalogue.sv.modules[0]!;
  const key = answerKey('sv');
  await page.goto(`./#/modules/${module.id}/quiz`);
  await page.getByRole('button', { name: 'Starta quizet' }).click();
  for (let n = 1; n <= module.quizDraw; n++) {
    await answerCurrentQuestion(page, true, key);
    await page
      .getByRole('link', { name: n < module.quizDraw ? 'Nästa fråga' : 'Se resultatet' })
      .click();
  }
  await expect(page.locator('.result-box__verdict')).toContainText('Godkänd.');
}
