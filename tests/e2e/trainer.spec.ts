import { readFileSync, writeFileSync } from 'node:fs';
import type { Browser } from '@playwright/test';
import { loadContent } from '../../pipeline/content/load';
import { expect, expectNoAxeViolations, passQuiz, STORAGE_KEY, test } from './fixtures';

const module = loadContent('content').catalogue.sv.modules[0]!;

async function freshPage(browser: Browser, baseURL: string) {
  const context = await browser.newContext({ baseURL, acceptDownloads: true });
  return { context, page: await context.newPage() };
}

test('a trainer assigns a module, a learner completes it, the trainer collects the receipt', async ({
  page,
  browser,
  baseURL,
}, info) => {
  test.setTimeout(90_000);
  // The trainer builds the assignment.
  await page.goto('./#/trainer/assign');
  await page.getByLabel('Uppdragets namn').fill('Grundutbildning om mutor');
  await page.getByLabel('Organisation', { exact: true }).fill('Region Exempel');
  await page.getByRole('checkbox', { name: module.title }).check();
  await page.getByRole('button', { name: 'Skapa länk' }).click();
  const linkField = page.getByLabel('Länk till uppdraget');
  await expect(linkField).toHaveValue(/#\/a\/3\./);
  const link = await linkField.inputValue();
  expect(link.length).toBeLessThan(500);
  await expect(page.getByRole('img', { name: /QR-kod/ })).toBeVisible();
  await expectNoAxeViolations(page, 'assignment builder with link and QR code');

  // A learner, in a browser of their own, opens the link and completes the assignment.
  const learner = await freshPage(browser, baseURL!);
  await learner.page.goto(link);
  await expect(learner.page.getByRole('heading', { level: 1 })).toHaveText('Ett uppdrag till dig');
  await expect(learner.page.getByText('Grundutbildning om mutor').first()).toBeVisible();
  await learner.page.getByLabel('Din e-postadress').fill('kim.andersson@exempel.se');
  await learner.page.getByRole('button', { name: 'Acceptera uppdraget' }).click();
  await expect(learner.page.getByRole('heading', { level: 1 })).toHaveText('Mina uppdrag');
  await passQuiz(learner.page);
  await learner.page.goto('./#/assignments');
  await expect(learner.page.getByText('1 av 1 modul klar')).toBeVisible();
  await learner.page.getByRole('button', { name: 'Skicka kvitto' }).first().click();
  await learner.page.getByLabel('Ditt namn, som det ska stå på kvittot').fill('Kim Andersson');
  await learner.page.getByRole('button', { name: 'Spara namnet' }).click();
  const download = learner.page.waitForEvent('download');
  await learner.page.getByRole('button', { name: 'Ladda ned kvittot som fil' }).click();
  const receiptFile = info.outputPath('receipt.json');
  await (await download).saveAs(receiptFile);
  await learner.context.close();

  // The trainer imports that receipt and a broken one.
  const broken = info.outputPath('broken.json');
  const text = readFileSync(receiptFile, 'utf8');
  writeFileSync(broken, text.replace('Kim Andersson', 'Kim Anderson'));
  await page.goto('./#/trainer/results');
  await page.getByLabel('Välj kvittofiler').setInputFiles([receiptFile, broken]);
  const table = page.getByRole('table', { name: '1 av 1 klara' });
  await expect(table.getByRole('row')).toHaveCount(2);
  await expect(table).toContainText('Kim Andersson');
  await expect(page.getByText(/\(filen broken\.json\): /)).toBeVisible();
  await expectNoAxeViolations(page, 'results with one row and one error');

  const csvDownload = page.waitForEvent('download');
  await page
    .getByRole('button', { name: 'Ladda ned CSV, en rad per deltagare', exact: true })
    .click();
  const csvFile = info.outputPath('results.csv');
  await (await csvDownload).saveAs(csvFile);
  const csv = readFileSync(csvFile, 'utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const lines = csv.slice(1).trim().split('\r\n');
  expect(lines).toHaveLength(2);
  expect(lines[0]!.split(';')[0]).toBe('Namn');
  expect(lines[1]).toMatch(/^Kim Andersson;/);

  // After a reload the receipt is still there.
  await page.reload();
  await expect(page.getByRole('table', { name: '1 av 1 klara' })).toContainText('Kim Andersson');
});

test('a tampered assignment link is refused and leaves the saved progress byte for byte', async ({
  browser,
  baseURL,
}) => {
  const { context, page } = await freshPage(browser, baseURL!);
  await page.goto(`./#/modules/${module.id}/lessons/${module.lessons[0]!.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(module.lessons[0]!.title);
  const snapshot = () =>
    page.evaluate(() =>
      JSON.stringify(Object.entries(localStorage).sort(([a], [b]) => a.localeCompare(b))),
    );
  const before = await snapshot();
  expect(before).toContain(STORAGE_KEY);

  for (const code of ['1.abcdefghijklmnop.ZZZZZZZ', '1.', 'x<script>alert(1)</script>']) {
    await page.goto(`./#/a/${encodeURIComponent(code)}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Länken fungerar inte');
    await expect(
      page.getByText('Ingenting har sparats, och dina resultat är kvar som förut.'),
    ).toBeVisible();
    expect(await snapshot()).toBe(before);
  }
  await context.close();
});
