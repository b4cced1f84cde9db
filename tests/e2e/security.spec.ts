import { writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, openApp, STORAGE_KEY, test } from './fixtures';
import { modules, passedAttempt, storedState } from './state';

const payload = `"><img src=x onerror="window.__xss=1"><script>window.__xss=1</script>`;
const name = `Kim ${payload}`.slice(0, 110);

/** Fails if the payload ran, or if it reached the DOM as elements rather than text. */
async function expectInert(page: Page) {
  expect(
    await page.evaluate(() => (window as unknown as { __xss?: number }).__xss),
  ).toBeUndefined();
  expect(await page.locator('img[src="x"], main script').count()).toBe(0);
}

test('script-laden names, titles, receipts and files are shown as text and never run', async ({
  page,
}, info) => {
  test.setTimeout(90_000);
  page.on('dialog', (dialog) => {
    throw new Error(`A dialog opened: ${dialog.message()}`);
  });
  const assignment = {
    id: 'link-xss0001',
    title: `Kurs ${payload}`.slice(0, 190),
    organisation: `Org ${payload}`.slice(0, 190),
    contact: payload.slice(0, 190),
    modules: [modules[0]!.id],
    passMark: 0.8,
    due: '2030-01-01',
    // Stored links must be http(s) (a javascript: link makes the stored state invalid);
    // a payload can still hide in the path.
    policyUrl: `https://example.se/${encodeURIComponent(payload)}`,
    reportingUrl: `https://example.se/?q=${encodeURIComponent(payload)}`,
    acceptedAt: Date.UTC(2026, 10, 1),
  };
  const state = storedState({
    settings: { language: 'sv', learnerName: name, updatedAt: 2 },
    assignments: { [assignment.id]: assignment },
    quizzes: Object.fromEntries(modules.map((m) => [m.id, [passedAttempt(m.id)]])),
  });
  await page.addInitScript(
    ([key, value]) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(key!, value!);
        sessionStorage.setItem('seeded', '1');
      }
    },
    [STORAGE_KEY, state],
  );

  // The start page and the learner's assignments show the stored title and organisation.
  await openApp(page);
  await expect(page.getByText(assignment.title).first()).toBeVisible();
  await expectInert(page);

  // The self-check result links only to safe addresses from an assignment.
  await page.goto('./#/assignments');
  await expect(page.getByText(assignment.organisation, { exact: false }).first()).toBeVisible();
  await expectInert(page);

  // The certificate shows the name as text.
  await page.goto('./#/certificate');
  await expect(page.getByRole('article', { name: 'Ditt intyg' })).toContainText(name.trim());
  await expectInert(page);

  // The receipt carries the name; the trainer's page reads it back as text.
  await page.goto('./#/assignments');
  await page.getByRole('button', { name: 'Skicka kvitto' }).first().click();
  const saveName = page.getByRole('button', { name: 'Spara namnet' });
  if (await saveName.isVisible()) await saveName.click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Ladda ned kvittot som fil' }).click();
  const receipt = info.outputPath('receipt.json');
  await (await download).saveAs(receipt);
  await page.goto('./#/trainer/results');
  await page.getByLabel('Välj kvittofiler').setInputFiles(receipt);
  await expect(page.getByRole('table')).toContainText('Kim');
  await expectInert(page);

  // A progress file with the same name imports as text.
  const progress = info.outputPath('progress.json');
  writeFileSync(progress, state);
  await page.goto('./#/progress');
  await page.getByLabel('Välj en fil som du har exporterat från Mutkollen').setInputFiles(progress);
  await expectInert(page);

  // Route parameters from a link are text too.
  await page.goto(
    `./#/modules/${encodeURIComponent(payload)}/lessons/${encodeURIComponent(payload)}`,
  );
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sidan finns inte');
  await expectInert(page);
});
