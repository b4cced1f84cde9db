import { readFileSync } from 'node:fs';
import { loadContent } from '../../build/content/load';
import {
  answerCurrentQuestion,
  answerKey,
  expect,
  expectNoAxeViolations,
  openApp,
  STORAGE_KEY,
  test,
} from './fixtures';

const catalogue = loadContent('content').catalogue.sv;

const selfCheck = {
  sv: {
    start: 'Börja',
    next: 'Nästa',
    show: 'Visa resultatet',
    answers: [
      'En resa eller en kurs',
      'Mycket, som en resa eller en dyr gåva',
      'En leverantör, eller någon som vill bli leverantör',
      'Ja',
      'Som tack för mitt arbete, eller för att bygga en god relation',
      'Nej',
      'Jag vet inte',
      'Jag skulle inte vilja se det i tidningen',
    ],
    verdict: 'Tacka nej',
    rule: /brottsbalken 10 kap\. 5 a §/i,
  },
  en: {
    start: 'Start',
    next: 'Next',
    show: 'Show the result',
    answers: [
      'A trip or a course',
      'Large, like a trip or an expensive gift',
      'A supplier, or someone who wants to become one',
      'Yes',
      'As thanks for my work, or to build goodwill',
      'No',
      "I don't know",
      'I would not want to see it in the newspaper',
    ],
    verdict: 'Decline',
    rule: /chapter 10,? section 5 a|10 kap\. 5 a §/i,
  },
};

for (const language of ['sv', 'en'] as const) {
  test(`the benefit self-check gives advice with its reasons and rules (${language})`, async ({
    page,
  }) => {
    const s = selfCheck[language];
    await openApp(page, '/self-check', language);
    await page.getByRole('button', { name: s.start, exact: true }).click();
    for (const [i, answer] of s.answers.entries()) {
      await expect(page.getByRole('heading', { level: 2 }).first()).toBeFocused();
      await page.getByRole('radio', { name: answer, exact: true }).check();
      await page
        .getByRole('button', { name: i < s.answers.length - 1 ? s.next : s.show, exact: true })
        .click();
    }
    await expect(page.getByRole('heading', { level: 2, name: s.verdict })).toBeVisible();
    await expect(page.getByText(s.rule).first()).toBeVisible();
    await expectNoAxeViolations(page, `self-check result (${language})`);
    const stored = await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);
    expect(stored ?? '').not.toContain('newspaper');
  });
}

test('passes every required module and prints the certificate to a one-page PDF', async ({
  page,
}, info) => {
  test.setTimeout(120_000);
  const key = answerKey('sv');
  await openApp(page);
  for (const module of catalogue.modules.filter((m) => m.required)) {
    await page.goto(`./#/modules/${module.id}/quiz`);
    await page
      .getByRole('button', { name: /^(Starta quizet|Gör quizet igen med nya frågor)$/ })
      .click();
    for (let n = 1; n <= module.quizDraw; n++) {
      await expect(page.locator('h1')).toHaveText(`Fråga ${n} av ${module.quizDraw}`);
      await answerCurrentQuestion(page, true, key);
      await page
        .getByRole('link', { name: n < module.quizDraw ? 'Nästa fråga' : 'Se resultatet' })
        .click();
    }
    await expect(page.locator('.result-box__verdict')).toContainText(/Godkänd\./);
  }

  await page.goto('./#/certificate');
  await page.getByLabel('Ditt namn, som det ska stå på intyget').fill('Kim Andersson');
  const certificate = page.getByRole('article', { name: 'Ditt intyg' });
  await expect(certificate).toContainText('Kim Andersson');
  await expect(certificate).toContainText(/[0-9A-Z]{4}-[0-9A-Z]{4}/);
  for (const module of catalogue.modules) await expect(certificate).toContainText(module.title);
  await expectNoAxeViolations(page, 'certificate');

  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  expect(pages).toBe(1);
  await info.attach('certificate.pdf', { body: pdf, contentType: 'application/pdf' });
  await page.screenshot({ path: info.outputPath('certificate-print.png'), fullPage: true });
});

test('exports progress, clears the browser, imports the file and finds everything back', async ({
  page,
}, info) => {
  const key = answerKey('sv');
  const module = catalogue.modules[0]!;
  await openApp(page, `/modules/${module.id}/lessons/${module.lessons[0]!.id}`);
  await page.goto(`./#/modules/${module.id}/quiz`);
  await page.getByRole('button', { name: 'Starta quizet' }).click();
  for (let n = 1; n <= module.quizDraw; n++) {
    await answerCurrentQuestion(page, true, key);
    await page
      .getByRole('link', { name: n < module.quizDraw ? 'Nästa fråga' : 'Se resultatet' })
      .click();
  }
  await expect(page.locator('.result-box__verdict')).toContainText(/Godkänd\./);

  await page.goto('./#/progress');
  const row = () => page.getByRole('row', { name: new RegExp(module.title) }).first();
  await expect(row()).toContainText('Godkänd');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exportera mina resultat' }).click();
  const file = info.outputPath('progress.json');
  await (await download).saveAs(file);
  const before = JSON.parse(readFileSync(file, 'utf8'));
  expect(before.state.quizzes[module.id]).toHaveLength(1);

  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect(row()).toContainText('Inte påbörjad');

  await page.getByLabel('Välj en fil som du har exporterat från Mutkollen').setInputFiles(file);
  await page.getByRole('button', { name: 'Importera', exact: true }).click();
  await expect(page.getByText('Klart. Resultaten från filen är importerade.')).toBeVisible();
  await expect(row()).toContainText('Godkänd');
  await page.reload();
  await expect(row()).toContainText('Godkänd');
});
