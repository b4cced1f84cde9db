/**
 * Following a group (issue #13): an assignment with a roster of 25, receipts from 20 learners
 * each in a browser of their own, and what the trainer sees after a reload.
 */
import { readFileSync } from 'node:fs';
import type { Browser } from '@playwright/test';
import { loadContent } from '../../pipeline/content/load';
import { expect, expectNoAxeViolations, STORAGE_KEY, test } from './fixtures';
import { activeAttempt, passedAttempt, storedState } from './state';

const catalogue = loadContent('content').catalogue.sv;
const core = catalogue.core.modules;
/** Modules 1, 3 and 5 of the core. */
const assigned = [core[0]!, core[2]!, core[4]!].map((id) =>
  catalogue.modules.find((m) => m.id === id)!,
);

interface Learner {
  name: string;
  email: string;
  /** Indexes into `assigned` of the modules passed; the rest are not started unless `started`. */
  passed: number[];
  /** An index into `assigned` of a module started but not passed. */
  started?: number;
}

const roster: { name: string; email: string }[] = [
  { name: 'Anna Lind', email: 'anna.lind@exempel.se' },
  { name: 'Anna Lind', email: 'anna.lind2@exempel.se' },
  ...Array.from({ length: 23 }, (_, i) => ({
    name: `Deltagare ${String(i + 3).padStart(2, '0')}`,
    email: `deltagare${i + 3}@exempel.se`,
  })),
];

/** The 20 who send a receipt: the first 20 of the roster. */
const learners: Learner[] = roster.slice(0, 20).map((person, i) => ({
  ...person,
  passed: i % 5 === 3 ? [0] : i % 5 === 4 ? [] : [0, 1, 2],
  ...(i % 5 === 3 ? { started: 1 } : i % 5 === 4 ? { started: 0 } : {}),
}));
// The third learner spells their own name differently; the e-mail says who they are.
learners[2] = { ...learners[2]!, name: 'Deltagare 3' };

const missing = roster.slice(20).map((p) => p.name);

/** Wraps a code as a mail program does, at 76 characters, inside a sentence. */
function asMailed(code: string, name: string): string {
  const lines = code.match(/.{1,76}/g)!;
  return `Hej! Här är min kod: ${lines.join('\r\n')} /${name}`;
}

/** A learner, in a browser of their own, accepts the link and copies their receipt code. */
async function receiptCode(browser: Browser, baseURL: string, link: string, learner: Learner) {
  const context = await browser.newContext({ baseURL, locale: 'sv-SE' });
  const page = await context.newPage();
  const quizzes: Record<string, unknown[]> = {};
  for (const i of learner.passed) quizzes[assigned[i]!.id] = [passedAttempt(assigned[i]!.id)];
  if (learner.started !== undefined) {
    quizzes[assigned[learner.started]!.id] = [activeAttempt(assigned[learner.started]!.id)];
  }
  const state = storedState({
    quizzes,
    settings: { language: 'sv', learnerName: learner.name, updatedAt: 1 },
  });
  await page.addInitScript(
    ([key, value]) => {
      if (!localStorage.getItem(key!)) localStorage.setItem(key!, value!);
    },
    [STORAGE_KEY, state],
  );
  await page.goto(link);
  await page.getByLabel('Din e-postadress').fill(learner.email);
  // Keyboard presses, as many learners use. A click waits for the button to hold still over two
  // animation frames, and headless Chromium now and then stops drawing one of several windows
  // opened at once (a CI run hung there for four minutes); a key press needs no frame.
  await page.getByRole('button', { name: 'Acceptera uppdraget' }).press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mina uppdrag');
  await page.getByRole('button', { name: 'Skicka kvitto' }).first().press('Enter');
  const field = page.getByLabel('Kvittokod');
  await expect(field).toHaveValue(/^R3\./);
  const code = await field.inputValue();
  await context.close();
  return code;
}

test('a trainer follows a roster of 25: 20 receipts, the five missing, per-module status, CSV, after a reload', async ({
  page,
  browser,
  baseURL,
}, info) => {
  test.setTimeout(240_000);
  await page.setViewportSize({ width: 1280, height: 800 });

  // The trainer makes the assignment: modules 1, 3 and 5, learners known by e-mail.
  await page.goto('./#/trainer/assign');
  await page.getByLabel('Uppdragets namn').fill('Mutor och jäv, vår 2027');
  await page.getByLabel('Organisation', { exact: true }).fill('Exempels kommun');
  for (const module of assigned) await page.getByRole('checkbox', { name: module.title }).check();
  await page.getByLabel('Sista dag (valfritt)').fill('2026-12-31');
  await expect(page.getByRole('radio', { name: /E-postadress/ })).toBeChecked();
  await page.getByRole('button', { name: 'Skapa länk' }).click();
  const link = await page.getByLabel('Länk till uppdraget').inputValue();
  expect(link).toMatch(/#\/a\/3\./);

  // Twenty learners send receipts, in browsers of their own, four at a time.
  const codes: string[] = [];
  for (let i = 0; i < learners.length; i += 4) {
    codes.push(
      ...(await Promise.all(
        learners.slice(i, i + 4).map((l) => receiptCode(browser, baseURL!, link, l)),
      )),
    );
  }

  // The trainer pastes the roster, then every reply; one code wrapped as a mail wraps it.
  await page.goto('./#/trainer/results');
  await page
    .getByLabel('Klistra in deltagarlistan')
    .fill(['Namn\tE-post', ...roster.map((p) => `${p.name}\t${p.email}`)].join('\n'));
  await page.getByRole('button', { name: 'Läs in listan' }).click();
  await expect(page.getByText('25 personer lästa.')).toBeVisible();
  const pasted = codes
    .map((code, i) => (i === 7 ? asMailed(code, learners[i]!.name) : code))
    .join('\n\n');
  await page.getByLabel('Klistra in kvittokoder').fill(pasted);
  await page.getByRole('button', { name: 'Läs in koderna' }).click();
  // The codes are kept once read: the summary says when (the codec loads on first use).
  await expect(page.getByText('20 koder lästa: 20 kvitton, inga problem.')).toBeVisible();
  // The pasted text stays after reading (a text area keeps line breaks as LF).
  await expect(page.getByLabel('Klistra in kvittokoder')).toHaveValue(
    pasted.replace(/\r\n/g, '\n'),
  );

  // After a reload everything is still there.
  await page.reload();
  const table = page.getByRole('table', { name: /av 25 klara/ });
  // 12 passed all three modules; the two Anna Lind are two people.
  await expect(table).toHaveAccessibleName('12 av 25 klara');
  const rows = table.locator('tbody tr');
  await expect(rows).toHaveCount(25);
  await expect(rows.filter({ hasText: 'Anna Lind' })).toHaveCount(2);
  await expect(rows.filter({ hasText: 'Inget kvitto' })).toHaveCount(5);

  const missingList = page.getByRole('region', { name: 'Har inte skickat något kvitto: 5' });
  for (const name of missing) await expect(missingList).toContainText(name);
  const reminder = missingList.getByRole('link', { name: 'Skriv en påminnelse till dem' });
  const href = decodeURIComponent((await reminder.getAttribute('href'))!);
  expect(href).toMatch(/^mailto:\?bcc=/);
  for (const p of roster.slice(20)) expect(href).toContain(p.email);
  expect(href).not.toContain(roster[0]!.email);

  // Per-module status: a partial learner has passed one module and started another.
  const partial = rows.filter({ hasText: learners[3]!.email });
  await expect(partial).toContainText('Klar 100');
  await expect(partial).toContainText('Påbörjad');
  // The misspelt name is one row, matched by e-mail.
  await expect(rows.filter({ hasText: roster[2]!.email })).toHaveCount(1);
  await page.screenshot({ path: info.outputPath('results-25-laptop.png'), fullPage: true });
  await table.screenshot({ path: info.outputPath('results-25-table.png') });
  await expectNoAxeViolations(page, 'results of a roster of 25');

  // The CSV has one row per learner, with the right values.
  const download = page.waitForEvent('download');
  await page
    .getByRole('button', { name: 'Ladda ned CSV, en rad per deltagare', exact: true })
    .click();
  const file = info.outputPath('results.csv');
  await (await download).saveAs(file);
  const lines = readFileSync(file, 'utf8').slice(1).trim().split('\r\n');
  expect(lines).toHaveLength(26);
  const header = lines[0]!.split(';');
  const cells = (email: string) => {
    const line = lines.find((l) => l.includes(email))!;
    return Object.fromEntries(line.split(';').map((cell, i) => [header[i], cell]));
  };
  expect(cells(roster[0]!.email)[header[0]!]).toBe('Anna Lind');
  // Identifiers stay text in a spreadsheet: a quoted ="…" cell.
  expect(cells(roster[1]!.email)['Identitet']).toBe('"=""anna.lind2@exempel.se"""');
  const partial3 = cells(learners[3]!.email);
  expect(partial3['Status']).toBe('Påbörjad');
  expect(partial3[`${assigned[0]!.title}: status`]).toBe('Klar');
  expect(partial3[`${assigned[1]!.title}: status`]).toBe('Påbörjad');
  expect(partial3[`${assigned[2]!.title}: status`]).toBe('Inte påbörjad');
  const absent = cells(roster[24]!.email);
  expect(Object.values(absent).join(';')).toMatch(/Inget kvitto/);

  // One of the missing typed their address wrong when accepting: the trainer pairs the receipt.
  const late = roster[20]!;
  const mistyped = await receiptCode(browser, baseURL!, link, {
    name: late.name,
    email: late.email.replace('@exempel.se', '@exempel.nu'),
    passed: [0, 1, 2],
  });
  await page.getByLabel('Klistra in kvittokoder').fill(mistyped);
  await page.getByRole('button', { name: 'Läs in koderna' }).click();
  await expect(page.getByText('1 kod läst: 1 kvitto, inga problem.')).toBeVisible();
  const outside = page.getByRole('region', {
    name: 'Kvitton från personer som inte finns i listan',
  });
  const choice = outside.getByLabel(`Vem i listan skickade kvittot från ${late.name}`);
  await choice.selectOption({ label: `${late.name} (${late.email})` });
  await outside.screenshot({ path: info.outputPath('pair-receipt.png') });
  await outside.getByRole('button', { name: 'Koppla' }).click();
  await expect(outside.getByRole('status')).toHaveText(
    `Kvittot från ${late.name} (${late.email.replace('@exempel.se', '@exempel.nu')}) hör nu till ${late.name}.`,
  );
  await expectNoAxeViolations(page, 'results with a receipt paired by the trainer');
  await page.reload();
  await expect(table).toHaveAccessibleName('13 av 25 klara');
  await expect(
    page.getByRole('region', { name: 'Har inte skickat något kvitto: 4' }),
  ).toBeVisible();
  await expect(rows.filter({ hasText: late.email })).toContainText('Du har kopplat kvittot hit.');
  // The pairing can be taken back after the reload too.
  await expect(
    page.getByRole('button', {
      name: `Ta bort kopplingen för kvittot från ${late.name}`,
      exact: false,
    }),
  ).toBeVisible();
  await page.screenshot({ path: info.outputPath('results-paired.png'), fullPage: true });
});
