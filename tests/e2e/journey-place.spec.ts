/**
 * The learner's place is kept: a practice round goes on after a reload, and a
 * language switch inside a lesson keeps the section being read on the screen.
 */
import { expect, expectNoAxeViolations, openApp, STORAGE_KEY, test } from './fixtures';
import { modules, storedState } from './state';

test('a practice round goes on after a reload at the same decision, with the same count', async ({
  page,
}) => {
  const first = modules[0]!;
  const started = storedState({
    modules: { [first.id]: { lessonsVisited: [first.lessons[0]!.id], updatedAt: 1 } },
  });
  await page.addInitScript(
    ([key, saved]) => {
      if (!localStorage.getItem(key!)) localStorage.setItem(key!, saved!);
    },
    [STORAGE_KEY, started],
  );
  await openApp(page, '/practice');
  await page.getByRole('button', { name: 'Börja en övning' }).click();
  const heading = page.locator('#practice-decision-heading');
  await expect(heading).toHaveText(/^Vägval 1 av \d+$/);
  const count = (await heading.innerText()).replace('Vägval 1 ', '');

  await page.locator('.choice').first().click();
  const chosen = (await page.locator('.practice-feedback').textContent())!;
  await page.reload();
  await expect(heading).toHaveText(`Vägval 1 ${count}`);
  await expect(page.locator('.practice-feedback')).toHaveText(chosen);
  await expectNoAxeViolations(page, 'practice feedback after a reload');

  await page.getByRole('button', { name: 'Nästa vägval' }).click();
  await expect(heading).toHaveText(`Vägval 2 ${count}`);
  const situation = (await page.locator('.practice-decision .prose').textContent())!;
  await page.reload();
  await expect(heading).toHaveText(`Vägval 2 ${count}`);
  await expect(page.locator('.practice-decision .prose')).toHaveText(situation);
  await expect(page.locator('.choice').first()).toBeVisible();
  await expectNoAxeViolations(page, 'practice decision after a reload');
  // The intro is for the start of a round, not above each decision.
  await expect(page.locator('.practice > .lead')).toHaveCount(0);
});

test('a language switch in a lesson keeps the section being read on the screen', async ({
  page,
}) => {
  // A lesson with three sections, read on a phone so that the third is well down the page.
  await page.setViewportSize({ width: 390, height: 640 });
  await openApp(page, '/modules/building-and-property/lessons/site-and-changes');
  const third = page.locator('.prose h2').nth(2);
  await third.evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await expect(third).toBeInViewport();
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(400);
  const swedish = await third.innerText();

  // The switch is pressed without scrolling the page first (as a screen reader does it).
  await page.locator('.language-switch').dispatchEvent('click');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('.prose h2').nth(2)).not.toHaveText(swedish);
  await expect(page.locator('.prose h2').nth(2)).toBeInViewport();

  // And back again.
  await page.locator('.language-switch').dispatchEvent('click');
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
  await expect(page.locator('.prose h2').nth(2)).toBeInViewport();
});
