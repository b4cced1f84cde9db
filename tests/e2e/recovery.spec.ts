/**
 * Issue 12's breaks, end to end in Chromium: a starting tab on a slow network,
 * a newer version in another tab, a reset posted by any page of the origin,
 * and a saved value with one bad field.
 */
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, openApp, STORAGE_KEY, test } from './fixtures';
import { modules, passedAttempt, storedState } from './state';

const [a, b, c] = [modules[0]!, modules[1]!, modules[2]!];
const row = (page: Page, title: string) =>
  page.getByRole('row', { name: new RegExp(title.replace(/[?()]/g, '\\$&')) });

/** Seeds the browser once (not on every reload) with `value` as what is saved. */
async function seed(page: Page, value: string) {
  await page.addInitScript(
    ([key, saved]) => {
      if (!localStorage.getItem(key!)) localStorage.setItem(key!, saved!);
    },
    [STORAGE_KEY, value],
  );
}

/** The progress page of a learner who has passed the first module. */
async function openProgressWithAPassedModule(page: Page) {
  await seed(page, storedState({ quizzes: { [a.id]: [passedAttempt(a.id)] } }));
  await openApp(page, '/progress');
  await expect(row(page, a.title)).toContainText('Godkänd');
}

const saved = (page: Page) =>
  page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), STORAGE_KEY);

test('a tab still loading on a slow network does not undo a reset or a save made meanwhile', async ({
  page,
  context,
}) => {
  await openProgressWithAPassedModule(page);

  // The second tab gets its strings and course text seconds late, as on a slow intranet.
  const slow = await context.newPage();
  await slow.route(/\/assets\/(content|strings)-.*\.js$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 5000));
    await route.continue();
  });
  await slow.goto(`./#/modules/${b.id}/lessons/${b.lessons[0]!.id}`, { waitUntil: 'commit' });
  await slow.waitForRequest(/\/assets\/strings-/);

  // Meanwhile the first tab deletes everything, reads a lesson, and is closed.
  await page.getByRole('button', { name: 'Radera alla mina resultat' }).click();
  await page.getByRole('button', { name: 'Ja, radera alla mina resultat' }).click();
  await expect(page.getByText('Klart. Alla dina resultat är raderade.')).toBeVisible();
  await page.goto(`./#/modules/${c.id}/lessons/${c.lessons[0]!.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(c.lessons[0]!.title);
  await page.close();

  // The slow tab starts at last, and saves the lesson it opened.
  await expect(slow.getByRole('heading', { level: 1 })).toHaveText(b.lessons[0]!.title, {
    timeout: 15_000,
  });
  await expect
    .poll(async () => Object.keys((await saved(slow)).state.modules).sort())
    .toEqual([b.id, c.id].sort());
  expect((await saved(slow)).state.quizzes).toEqual({});

  const later = await context.newPage();
  await openApp(later, '/progress');
  await expect(row(later, a.title)).toContainText('Inte påbörjad');
  await expect(row(later, b.title)).toContainText('Påbörjad');
  await expect(row(later, c.title)).toContainText('Påbörjad');
});

test('a newer version saving in another tab: this tab stops saving and asks for a reload', async ({
  page,
  context,
}) => {
  await openApp(page, `/modules/${a.id}`);
  const newer = JSON.stringify({ ...JSON.parse(storedState()), version: 99 });
  const other = await context.newPage();
  await other.goto('./#/about');
  await other.evaluate(([key, value]) => localStorage.setItem(key!, value!), [STORAGE_KEY, newer]);

  const alert = page.getByRole('alert').filter({ hasText: 'En nyare version av Mutkollen' });
  await expect(alert).toBeVisible();
  await expect(alert.getByRole('button', { name: 'Ladda om sidan' })).toBeVisible();
  await page.getByRole('link', { name: a.lessons[0]!.title }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(a.lessons[0]!.title);
  expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toBe(newer);
  await other.close();
});

test('a reset posted by any page of the origin keeps a backup that brings everything back', async ({
  page,
  context,
}) => {
  await openProgressWithAPassedModule(page);

  const hostile = await context.newPage();
  await hostile.goto('./#/about');
  await hostile.evaluate(() =>
    new BroadcastChannel('mutkollen').postMessage({ kind: 'reset', at: Date.now() }),
  );
  await expect(row(page, a.title)).toContainText('Inte påbörjad');
  // Dated in the future, a message is not even read.
  await hostile.evaluate(() =>
    new BroadcastChannel('mutkollen').postMessage({ kind: 'reset', at: Date.now() + 864e5 }),
  );

  const backups = page.getByRole('region', { name: 'Säkerhetskopior' });
  await expect(backups.getByRole('listitem')).toHaveCount(1);
  await expect(backups.getByRole('listitem')).toContainText('Före radering');
  await expectNoAxeViolations(page, 'progress with a backup');
  await backups.getByRole('button', { name: /^Ta tillbaka/ }).click();
  await expect(backups.getByRole('status')).toContainText('Kopian är tillbaka.');
  await expect(row(page, a.title)).toContainText('Godkänd');
  await page.reload();
  await expect(row(page, a.title)).toContainText('Godkänd');
  await hostile.close();
});

test('one bad field in one attempt: the rest is kept, and the original is a backup', async ({
  page,
}) => {
  const bad = { ...passedAttempt(b.id), id: 'broken', startedAt: 'yesterday' };
  await seed(
    page,
    storedState({
      quizzes: { [a.id]: [passedAttempt(a.id)], [b.id]: [bad] },
      settings: { language: 'sv', learnerName: 'Kim Andersson', updatedAt: 1 },
    }),
  );
  await openApp(page, '/progress');
  await expect(page.getByRole('status').first()).toContainText(
    'Vi kunde inte läsa dina sparade resultat.',
  );
  await expect(page.getByText('Det som gick att läsa finns kvar.')).toBeVisible();
  await expect(row(page, a.title)).toContainText('Godkänd');
  const backups = page.getByRole('region', { name: 'Säkerhetskopior' });
  await expect(backups.getByRole('listitem')).toContainText('Sparat som inte gick att läsa helt');
  await expect(backups.getByRole('button', { name: /^Ladda ner/ })).toBeVisible();
  expect((await saved(page)).state.settings.learnerName).toBe('Kim Andersson');
});
