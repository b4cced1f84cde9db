import {
  answerCurrentQuestion,
  answerKey,
  expect,
  firstModule,
  openApp,
  STORAGE_KEY,
  test,
} from './fixtures';

test('switches language and back, keeping the place', async ({ page }) => {
  await openApp(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
  await page.getByRole('link', { name: firstModule.title, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(firstModule.title);
  const url = page.url();

  await page.getByRole('button', { name: 'In English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('navigation', { name: 'Main menu' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(firstModule.title);
  expect(page.url()).toBe(url);

  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('button', { name: 'På svenska' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(firstModule.title);
});

test('reads the lessons, and resumes the quiz after a reload with answers kept', async ({
  page,
}) => {
  const key = answerKey('sv');
  await openApp(page);
  await page.getByRole('link', { name: `Börja med ${firstModule.title}` }).click();
  for (const lesson of firstModule.lessons) {
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(lesson.title);
    await expect(page).toHaveTitle(new RegExp(lesson.title));
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    const next = page.getByRole('link', { name: /^(Nästa|Till quizet)/ });
    await next.click();
  }
  await page.getByRole('button', { name: 'Starta quizet' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Fråga 1 av \d+$/);

  await answerCurrentQuestion(page, true, key);
  await expect(page.getByRole('heading', { name: /Rätt!/ })).toBeFocused();
  await page.getByRole('link', { name: 'Nästa fråga' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Fråga 2 av \d+$/);
  const secondPrompt = await page.locator('legend').innerText();

  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Fråga 2 av \d+$/);
  await expect(page.locator('legend')).toHaveText(secondPrompt);
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Fråga 1 av \d+$/);
  await expect(page.getByRole('heading', { name: /Rätt!/ })).toBeVisible();
});

test('a second tab sees the first tab’s progress without a reload', async ({ page, context }) => {
  await openApp(page, '/progress');
  await expect(page.getByRole('row', { name: new RegExp(firstModule.title) })).toContainText(
    'Inte påbörjad',
  );

  const other = await context.newPage();
  await other.goto(`./#/modules/${firstModule.id}/lessons/${firstModule.lessons[0]!.id}`);
  await expect(other.getByRole('heading', { level: 1 })).toHaveText(firstModule.lessons[0]!.title);

  const row = page.getByRole('row', { name: new RegExp(firstModule.title) });
  await expect(row).toContainText('Påbörjad');
  await expect(row).toContainText(`1 av ${firstModule.lessons.length}`);
  await other.close();
});

test('a corrupted store: a notice, a working app, and the raw value kept in a backup key', async ({
  page,
}) => {
  await openApp(page);
  await page.evaluate(
    (key) => localStorage.setItem(key, '{"state": {"modules": tampered'),
    STORAGE_KEY,
  );
  await page.reload();
  await expect(page.getByText('Vi kunde inte läsa dina sparade resultat.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mutkollen');

  const backups = await page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith('mutkollen:backup:'))
      .map((k) => localStorage.getItem(k)),
  );
  expect(backups).toEqual(['{"state": {"modules": tampered']);

  await page.getByRole('link', { name: firstModule.title, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(firstModule.title);
  await page.getByRole('button', { name: 'Jag förstår' }).click();
  await expect(page.getByText('Vi kunde inte läsa dina sparade resultat.')).toBeHidden();
});

test('an unknown module in a link shows a clear page, not a blank one', async ({ page }) => {
  await openApp(page, '/modules/<script>alert(1)</script>/lessons/x');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sidan finns inte');
  await page.getByRole('link', { name: 'Till startsidan' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mutkollen');
});
