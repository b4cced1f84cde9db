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

test('after one visit the course works offline, lessons and quiz in both languages', async ({
  page,
  context,
}) => {
  await openApp(page);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await expect
    .poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller)))
    .toBe(true);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mutkollen');

  for (const [language, module] of [
    ['sv', firstModule],
    ['en', firstModuleEn],
  ] as const) {
    const lesson = module.lessons[0]!;
    await page.goto(`./#/modules/${module.id}/lessons/${lesson.id}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(lesson.title);
    await page.getByRole('link', { name: language === 'sv' ? 'Nästa' : 'Next' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(module.lessons[1]!.title);

    // The attempt started in Swedish carries on in English: progress is keyed by ids.
    await page.goto(`./#/modules/${module.id}/quiz`);
    if (language === 'sv') await page.getByRole('button', { name: 'Starta quizet' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      language === 'sv'
        ? `Fråga 1 av ${quizDraw(module.id)}`
        : `Question 2 of ${quizDraw(module.id)}`,
    );
    await answerCurrentQuestion(page, true, answerKey(language));
    await expect(page.locator('.verdict')).toContainText(language === 'sv' ? 'Rätt!' : 'Correct!');

    if (language === 'sv') {
      await page.getByRole('button', { name: 'In English' }).click();
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    }
  }
});
