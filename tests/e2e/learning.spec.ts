import {
  answerCurrentQuestion,
  answerKey,
  expect,
  firstModule,
  firstModuleEn,
  openApp,
  quizDraw,
  test,
} from './fixtures';

const texts = {
  sv: {
    start: 'Starta quizet',
    retake: 'Gör quizet igen med nya frågor',
    next: 'Nästa fråga',
    results: 'Se resultatet',
    passed: /Godkänd/,
    notPassed: /Inte godkänd än/,
    mistakes: /frågor? du svarade fel på/,
    replay: 'Spela igen och välj annorlunda',
    continue: 'Gå vidare',
    endingsFound: (n: number, total: number) => `Du har hittat ${n} av ${total} slut`,
  },
  en: {
    start: 'Start the quiz',
    retake: 'Retake with new questions',
    next: 'Next question',
    results: 'See your result',
    passed: /Passed/,
    notPassed: /Not passed yet/,
    mistakes: /questions? you got wrong/,
    replay: 'Play again and choose differently',
    continue: 'Continue',
    endingsFound: (n: number, total: number) => `You have found ${n} of ${total} endings`,
  },
};

for (const language of ['sv', 'en'] as const) {
  const t = texts[language];
  const module = language === 'sv' ? firstModule : firstModuleEn;

  test(`passes a module's quiz after failing it once (${language})`, async ({ page }) => {
    const key = answerKey(language);
    await openApp(page, `/modules/${module.id}/quiz`, language);

    const takeQuiz = async (right: boolean) => {
      const draw = quizDraw(module.id);
      for (let n = 1; n <= draw; n++) {
        await expect(page.locator('h1')).toHaveText(new RegExp(`${n} .* ${draw}$`));
        await answerCurrentQuestion(page, right, key);
        await page.getByRole('link', { name: n < draw ? t.next : t.results }).click();
      }
    };

    await page.getByRole('button', { name: t.start }).click();
    await takeQuiz(false);
    await expect(page.getByText(t.notPassed)).toBeVisible();
    await expect(page.getByRole('heading', { name: t.mistakes })).toBeVisible();
    await expect(page.locator('.mistakes > li')).toHaveCount(quizDraw(module.id));

    await page
      .getByRole('link', { name: language === 'sv' ? 'Gör quizet igen' : 'Take the quiz again' })
      .click();
    await page.getByRole('button', { name: t.retake }).click();
    await takeQuiz(true);
    await expect(page.getByText(t.passed)).toBeVisible();

    await page.goto('./#/');
    await expect(page.getByRole('article', { name: module.title })).toContainText(
      language === 'sv' ? 'Godkänd' : 'Passed',
    );
    await expect(page.getByRole('article', { name: module.title })).toContainText('100');
  });

  test(`plays a dilemma to two different endings (${language})`, async ({ page }) => {
    const scenario = module.scenarios[0]!;
    await openApp(page, `/modules/${module.id}/scenarios/${scenario.id}`, language);
    await expect(page.locator('h1')).toHaveText(scenario.title);

    const playTo = async (pick: 'first' | 'last') => {
      await expect(page.locator('h1')).toHaveText(/^(Vägval|Decision) 1$/);
      for (let guard = 0; guard < 10; guard++) {
        await expect(page.locator('.choice, #ending-title').first()).toBeVisible();
        if (await page.locator('#ending-title').isVisible()) break;
        const choices = page.locator('.choice');
        await (pick === 'first' ? choices.first() : choices.last()).click();
        await expect(page.locator('.consequence h2')).toBeFocused();
        await page.getByRole('link', { name: t.continue }).click();
      }
      return page.locator('#ending-title').innerText();
    };

    await page.getByRole('button', { name: language === 'sv' ? 'Börja' : 'Start' }).click();
    const first = await playTo('first');
    await expect(page.getByText(t.endingsFound(1, scenario.endings.length))).toBeVisible();

    await page.getByRole('button', { name: t.replay }).click();
    const second = await playTo('last');
    expect(second).not.toBe(first);
    await expect(page.getByText(t.endingsFound(2, scenario.endings.length))).toBeVisible();

    await page.reload();
    await expect(page.locator('#ending-title')).toHaveText(second);
  });
}
