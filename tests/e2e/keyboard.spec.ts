import type { Locator, Page } from '@playwright/test';
import { expect, firstModule, openApp, quizDraw, test } from './fixtures';

/** Presses Tab until `target` has focus, checking that every element reached shows a focus indicator. */
async function tabTo(page: Page, target: Locator, steps: string[], label: string) {
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    const visible = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return true;
      const style = getComputedStyle(el);
      return style.outlineStyle !== 'none' || style.boxShadow !== 'none';
    });
    expect(visible, `focus indicator while tabbing to ${label}`).toBe(true);
    if (await target.evaluate((el) => el === document.activeElement)) {
      steps.push(label);
      return;
    }
  }
  throw new Error(`Could not reach ${label} with Tab`);
}

test('a whole module, its quiz and a dilemma by keyboard alone, focus where it should be', async ({
  page,
}) => {
  const steps: string[] = [];
  const h1 = page.getByRole('heading', { level: 1 });
  await openApp(page);

  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Hoppa till innehållet' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  steps.push('skip link');

  await tabTo(
    page,
    page.getByRole('link', { name: `Börja med ${firstModule.title}` }),
    steps,
    'start',
  );
  await page.keyboard.press('Enter');
  for (const [i, lesson] of firstModule.lessons.entries()) {
    await expect(h1).toHaveText(lesson.title);
    await expect(h1).toBeFocused();
    const last = i === firstModule.lessons.length - 1;
    await tabTo(
      page,
      page.getByRole('link', { name: last ? 'Till quizet' : 'Nästa' }),
      steps,
      `lesson ${i + 1}`,
    );
    await page.keyboard.press('Enter');
  }

  await expect(h1).toHaveText('Quiz');
  await expect(h1).toBeFocused();
  await tabTo(page, page.getByRole('button', { name: 'Starta quizet' }), steps, 'start quiz');
  await page.keyboard.press('Enter');

  const draw = quizDraw(firstModule.id);
  for (let n = 1; n <= draw; n++) {
    await expect(h1).toHaveText(`Fråga ${n} av ${draw}`);
    await expect(h1).toBeFocused();
    const first = page.locator('.option input').first();
    await tabTo(page, first, steps, `question ${n} option`);
    await page.keyboard.press('Space');
    await expect(first).toBeChecked();
    await tabTo(page, page.getByRole('button', { name: 'Svara' }), steps, `question ${n} answer`);
    await page.keyboard.press('Enter');
    await expect(page.locator('.verdict')).toBeFocused();
    const next = page.getByRole('link', { name: n < draw ? 'Nästa fråga' : 'Se resultatet' });
    await tabTo(page, next, steps, `question ${n} next`);
    await page.keyboard.press('Enter');
  }
  await expect(h1).toHaveText('Resultat');
  await expect(page.locator('.result-box__verdict')).toBeFocused();

  const scenario = firstModule.scenarios[0]!;
  await tabTo(
    page,
    page.getByRole('link', { name: 'Tillbaka till delen' }),
    steps,
    'back to module',
  );
  await page.keyboard.press('Enter');
  await expect(h1).toBeFocused();
  await tabTo(page, page.getByRole('link', { name: scenario.title }), steps, 'dilemma');
  await page.keyboard.press('Enter');
  await expect(h1).toHaveText(scenario.title);
  await tabTo(page, page.getByRole('button', { name: 'Börja' }), steps, 'dilemma start');
  await page.keyboard.press('Enter');

  for (let decision = 1; decision < 10; decision++) {
    await expect(h1).toBeFocused();
    if ((await h1.innerText()) === 'Så slutade det') break;
    await tabTo(page, page.locator('.choice').first(), steps, `decision ${decision}`);
    await page.keyboard.press('Enter');
    await expect(page.locator('.consequence h2')).toBeFocused();
    await tabTo(
      page,
      page.getByRole('link', { name: 'Gå vidare' }),
      steps,
      `decision ${decision} continue`,
    );
    await page.keyboard.press('Enter');
  }
  await expect(page.locator('#ending-title')).toBeVisible();
  test.info().annotations.push({ type: 'keyboard-steps', description: String(steps.length) });
  console.log(`keyboard journey: ${steps.length} steps`);
});
