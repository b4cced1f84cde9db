/**
 * A receipt by e-mail, as it really travels: the learner opens a mail to the
 * contact from "Mina uppdrag"; the mail client wraps the code at 76
 * characters; the trainer pastes the whole reply, quote markers and all.
 * A picture chosen by mistake is one message, not one per line.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { loadContent } from '../../pipeline/content/load';
import { expect, expectNoAxeViolations, passQuiz, test } from './fixtures';

const module = loadContent('content').catalogue.sv.modules[0]!;
const CONTACT = 'kursansvarig@region-exempel.se';
const TITLE = 'Grundutbildning om mutor & jäv';

/** A small real PNG: signature, header, one compressed row of pixels, end. */
function png(): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    return Buffer.concat([length, Buffer.from(type), data, Buffer.alloc(4)]);
  };
  const header = Buffer.from([0, 0, 0, 64, 0, 0, 0, 64, 8, 2, 0, 0, 0]);
  const rows = Buffer.alloc(64 * (1 + 64 * 3), 0x7f);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

test('a receipt sent by e-mail, wrapped at 76 and quoted in a reply, is read from the pasted reply', async ({
  page,
  browser,
  baseURL,
}, info) => {
  test.setTimeout(90_000);
  await page.goto('./#/trainer/assign');
  await page.getByLabel('Uppdragets namn').fill(TITLE);
  await page.getByLabel('Organisation', { exact: true }).fill('Region Exempel');
  await page.getByLabel('Kontakt (valfritt)').fill(CONTACT);
  await page.getByRole('checkbox', { name: module.title }).check();
  await page.getByRole('button', { name: 'Skapa länk' }).click();
  const link = await page.getByLabel('Länk till uppdraget').inputValue();
  expect(link).toMatch(/#\/a\/3\./);

  // The learner accepts, passes the module, and opens the mail to the contact.
  const context = await browser.newContext({ baseURL });
  const learner = await context.newPage();
  await learner.goto(link);
  // The builder asks for e-mail addresses by default: the learner gives theirs on accepting.
  await learner.getByLabel('Din e-postadress').fill('Kim.Andersson@Exempel.se');
  await learner.getByRole('button', { name: 'Acceptera uppdraget' }).click();
  await expect(learner.getByRole('heading', { level: 1 })).toHaveText('Mina uppdrag');
  await expect(learner.getByText(/^Skicka kvittot till .* när du är klar\./)).toBeVisible();
  await expect(learner.getByText('E-postadress i kvittot: kim.andersson@exempel.se')).toBeVisible();
  await passQuiz(learner);
  await learner.goto('./#/assignments');
  await expect(learner.getByText(`Du är klar. Skicka ett kvitto till ${CONTACT}`)).toBeVisible();
  await learner.getByRole('button', { name: 'Skicka kvitto' }).click();
  await learner.getByLabel('Ditt namn, som det ska stå på kvittot').fill('Kim Andersson');
  await learner.getByRole('button', { name: 'Spara namnet' }).click();
  const code = await learner.getByRole('textbox', { name: 'Kvittokod' }).inputValue();
  expect(code).toMatch(/^R3\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{7}$/);
  const mailto = await learner
    .getByRole('link', { name: 'Skicka till kontaktpersonen' })
    .getAttribute('href');
  const mail = new URL(mailto!);
  expect(mail.protocol).toBe('mailto:');
  expect(mail.pathname).toBe(CONTACT);
  expect(decodeURIComponent(mailto!.split('subject=')[1]!.split('&')[0]!)).toBe(`Kvitto: ${TITLE}`);
  const body = decodeURIComponent(mailto!.split('&body=')[1]!);
  expect(body).toContain(`\r\n${code}\r\n`);
  expect(mailto!.length).toBeLessThan(2_000);
  await expectNoAxeViolations(learner, 'my assignments with a receipt to send');
  await context.close();

  // The mail client wraps the body at 76 characters; the trainer's reply quotes it.
  const wrapped = body
    .split('\r\n')
    .flatMap((line) => line.match(/.{1,76}/g) ?? [''])
    .map((line) => `> ${line}`)
    .join('\r\n');
  expect(wrapped.split('\r\n').filter((line) => line.startsWith('> R3.'))).toHaveLength(1);
  const reply = `Tack Kim, jag har fått den!\r\n\r\nDen 1 dec. 2026 kl. 09:14 skrev Kim Andersson:\r\n${wrapped}\r\n`;

  await page.goto('./#/trainer/results');
  const field = page.getByLabel('Klistra in kvittokoder');
  await field.fill(reply);
  await page.getByRole('button', { name: 'Läs in koderna' }).click();
  await expect(page.getByText('1 kod läst: 1 kvitto, inga problem.')).toBeFocused();
  await expect(page.getByRole('table')).toContainText('Kim Andersson');
  await expect(field).toHaveValue(reply.replace(/\r\n/g, '\n'));

  // A picture chosen by mistake: one message for the file.
  const picture = info.outputPath('skarmbild.png');
  writeFileSync(picture, png());
  expect(readFileSync(picture).subarray(1, 4).toString()).toBe('PNG');
  await page.getByLabel('Välj kvittofiler').setInputFiles([picture]);
  await expect(page.getByText('1 fil läst: inga kvitton, 1 problem.')).toBeVisible();
  const problems = page
    .getByRole('region', { name: 'Det här kunde inte läsas' })
    .getByRole('listitem');
  await expect(problems).toHaveCount(1);
  await expect(problems).toHaveText(
    'Filen skarmbild.png: det är ingen textfil utan kanske en bild, en pdf eller en zip-fil. Välj kvittofilen (.json) eller en textfil med koder.',
  );
  await expectNoAxeViolations(page, 'results with a picture refused');
});

test('Mina uppdrag with long contacts and an open receipt reflows at 320 px', async ({ page }) => {
  const saved = JSON.parse(readFileSync('tests/fixtures/storage/v3-assignments.json', 'utf8')) as {
    state: {
      settings: { language: string };
      assignments: Record<string, { modules: string[] }>;
      quizzes: Record<string, unknown[]>;
    };
  };
  saved.state.settings.language = 'sv';
  const at = Date.UTC(2026, 10, 20);
  for (const [n, id] of Object.values(saved.state.assignments)[0]!.modules.entries()) {
    const time = at + n * 60_000;
    saved.state.quizzes[id] = [
      {
        id: `pass-${n}`,
        mode: 'fresh',
        startedAt: time - 1_000,
        updatedAt: time,
        finishedAt: time,
        passMark: 0.8,
        questions: [{ id: 'q1', options: ['a', 'b'] }],
        answers: { q1: { selected: ['a'], correct: true, at: time - 500 } },
        score: 0.9,
        passed: true,
      },
    ];
  }
  await page.addInitScript((text) => {
    if (!localStorage.getItem('mutkollen')) localStorage.setItem('mutkollen', text);
  }, JSON.stringify(saved));
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('./#/assignments');
  await page.getByRole('button', { name: 'Skicka kvitto' }).first().click();
  await expect(page.getByRole('link', { name: 'Skicka till kontaktpersonen' })).toBeVisible();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBe(0);
  await expectNoAxeViolations(page, 'my assignments at 320 px with an open receipt');
});
