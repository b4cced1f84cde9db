import { loadContent } from '../../pipeline/content/load';
import {
  answerCurrentQuestion,
  answerKey,
  expect,
  expectNoAxeViolations,
  openApp,
  quizDraw,
  STORAGE_KEY,
  test,
} from './fixtures';
import { passedAttempt, storedState } from './state';
import type { Page } from '@playwright/test';

const content = loadContent('content');
const core = content.catalogue.sv.core.modules;
const last = core.at(-1)!;

const texts = {
  sv: {
    start: 'Starta quizet',
    next: 'Nästa fråga',
    results: 'Se resultatet',
    finish: 'Du har klarat kursen',
    certificate: 'Till ditt intyg',
    menu: 'Huvudmeny',
    nav: 'Intyg',
    print: 'Skriv ut / spara som PDF',
    name: 'Ditt namn, som det ska stå på intyget',
    missing: 'Skriv ditt namn innan du skriver ut intyget.',
  },
  en: {
    start: 'Start the quiz',
    next: 'Next question',
    results: 'See your result',
    finish: 'You have completed the course',
    certificate: 'Go to your certificate',
    menu: 'Main menu',
    nav: 'Certificate',
    print: 'Print / save as PDF',
    name: 'Your name, as it should appear on the certificate',
    missing: 'Type your name before you print the certificate.',
  },
};

/** Every core quiz passed but the last one, in `language`; window.print counted, not opened. */
async function seedAllButLast(page: Page, language: 'sv' | 'en') {
  const quizzes = Object.fromEntries(core.slice(0, -1).map((id) => [id, [passedAttempt(id)]]));
  const state = storedState({
    quizzes,
    settings: { language, learnerName: '', updatedAt: 1 },
  });
  await page.addInitScript(
    ([key, value]) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(key!, value!);
        sessionStorage.setItem('seeded', '1');
      }
      const counter = window as unknown as { printed: number };
      counter.printed = 0;
      window.print = () => {
        counter.printed += 1;
      };
    },
    [STORAGE_KEY, state],
  );
}

async function passLastQuiz(page: Page, language: 'sv' | 'en') {
  const t = texts[language];
  const key = answerKey(language);
  await openApp(page, `/modules/${last}/quiz`);
  await page.getByRole('button', { name: t.start }).click();
  const draw = quizDraw(last);
  for (let n = 1; n <= draw; n++) {
    await expect(page.locator('h1')).toHaveText(new RegExp(`${n} .* ${draw}$`));
    await answerCurrentQuestion(page, true, key);
    await page.getByRole('link', { name: n < draw ? t.next : t.results }).click();
  }
}

for (const language of ['sv', 'en'] as const) {
  const t = texts[language];

  test(`passing the last required quiz is the finish line, and the certificate is in reach from then on (${language})`, async ({
    page,
  }) => {
    await seedAllButLast(page, language);
    await passLastQuiz(page, language);

    const finish = page.getByRole('region', { name: t.finish });
    await expect(finish).toBeVisible();
    await expect(finish.getByRole('heading', { name: t.finish })).toBeFocused();
    await expect(finish.getByRole('link', { name: t.certificate })).toHaveAttribute(
      'href',
      '#/certificate',
    );
    const menu = page.getByRole('navigation', { name: t.menu });
    await expect(menu.getByRole('link', { name: t.nav })).toBeVisible();
    await expectNoAxeViolations(page, `the finish line on the results page (${language})`);

    await page.goto('./#/');
    const startFinish = page.getByRole('region', { name: t.finish });
    await expect(startFinish.getByRole('link', { name: t.certificate })).toBeVisible();
    await expectNoAxeViolations(page, `the finish line on the start page (${language})`);
    await startFinish.getByRole('link', { name: t.certificate }).click();
    await expect(page.locator('h1')).toHaveText(language === 'sv' ? 'Intyg' : 'Certificate');
    await expect(menu.getByRole('link', { name: t.nav })).toHaveAttribute('aria-current', 'page');
  });
}

test('the menu has no certificate before it is earned', async ({ page }) => {
  await seedAllButLast(page, 'sv');
  await openApp(page, '/');
  await expect(page.getByRole('region', { name: 'Börja här' })).toBeVisible();
  await expect(
    page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Intyg' }),
  ).toHaveCount(0);
});

test('the certificate refuses to print without a name, and prints once one is typed', async ({
  page,
}) => {
  const t = texts.sv;
  await seedAllButLast(page, 'sv');
  await passLastQuiz(page, 'sv');
  await page.getByRole('link', { name: t.certificate }).click();

  const field = page.getByRole('textbox', { name: t.name });
  await page.getByRole('button', { name: t.print }).click();
  await expect(field).toBeFocused();
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText(t.missing)).toBeVisible();
  await expect(page.getByRole('article')).not.toContainText('(namn saknas)');
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(0);
  await expectNoAxeViolations(page, 'the certificate asking for a name');

  await field.fill('Kim Andersson');
  await expect(page.getByText(t.missing)).toHaveCount(0);
  await page.getByRole('button', { name: t.print }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  await expect(page.getByRole('article')).toContainText('Kim Andersson');
});
