import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { loadContent } from '../../pipeline/content/load';
import {
  answerCurrentQuestion,
  answerKey,
  expect,
  expectNoAxeViolations,
  openApp,
  STORAGE_KEY,
  test,
} from './fixtures';

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

const tools = {
  sv: {
    start: /^(Starta quizet|Gör quizet igen med nya frågor)$/,
    question: (n: number, total: number) => `Fråga ${n} av ${total}`,
    next: 'Nästa fråga',
    results: 'Se resultatet',
    passed: 'Godkänd.',
    name: 'Ditt namn, som det ska stå på intyget',
    certificate: 'Ditt intyg',
    export: 'Exportera mina resultat',
    file: 'Välj en fil som du har exporterat från Mutkollen',
    confirm: 'Importera',
    imported: 'Klart. Resultaten från filen är importerade.',
    notStarted: 'Inte påbörjad',
    passedStatus: 'Godkänd',
  },
  en: {
    start: /^(Start the quiz|Retake with new questions)$/,
    question: (n: number, total: number) => `Question ${n} of ${total}`,
    next: 'Next question',
    results: 'See your result',
    passed: 'Passed.',
    name: 'Your name, as it should appear on the certificate',
    certificate: 'Your certificate',
    export: 'Export my progress',
    file: 'Choose a file you exported from Mutkollen',
    confirm: 'Import',
    imported: 'Done. The progress from the file has been imported.',
    notStarted: 'Not started',
    passedStatus: 'Passed',
  },
};

async function passModule(page: Page, language: 'sv' | 'en', moduleId: string, draw: number) {
  const t = tools[language];
  const key = answerKey(language);
  await page.goto(`./#/modules/${moduleId}/quiz`);
  await page.getByRole('button', { name: t.start }).click();
  for (let n = 1; n <= draw; n++) {
    await expect(page.locator('h1')).toHaveText(t.question(n, draw));
    await answerCurrentQuestion(page, true, key);
    await page.getByRole('link', { name: n < draw ? t.next : t.results }).click();
  }
  await expect(page.locator('.result-box__verdict')).toContainText(t.passed);
}

for (const language of ['sv', 'en'] as const) {
  const t = tools[language];
  const modules = loadContent('content').catalogue[language].modules;

  test(`passes the core and prints the certificate to a one-page PDF (${language})`, async ({
    page,
  }, info) => {
    test.setTimeout(120_000);
    await openApp(page, '/', language);
    for (const module of modules.filter((m) => m.required)) {
      await passModule(page, language, module.id, module.quizDraw);
    }
    await page.goto('./#/certificate');
    await page.getByLabel(t.name).fill('Kim Andersson');
    const certificate = page.getByRole('article', { name: t.certificate });
    await expect(certificate).toContainText('Kim Andersson');
    await expect(certificate).toContainText(/[0-9A-Z]{4}-[0-9A-Z]{4}/);
    for (const module of modules) {
      // The core is on the certificate; a track only once all its modules are passed.
      if (module.required) await expect(certificate).toContainText(module.title);
      else await expect(certificate).not.toContainText(module.title);
    }
    await expectNoAxeViolations(page, `certificate (${language})`);

    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBe(1);
    await info.attach(`certificate-${language}.pdf`, { body: pdf, contentType: 'application/pdf' });
    await page.screenshot({ path: info.outputPath('certificate-print.png'), fullPage: true });
  });

  test(`exports progress, clears the browser, imports the file and finds everything back (${language})`, async ({
    page,
  }, info) => {
    const module = modules[0]!;
    await openApp(page, `/modules/${module.id}/lessons/${module.lessons[0]!.id}`, language);
    await passModule(page, language, module.id, module.quizDraw);

    await page.goto('./#/progress');
    const row = () =>
      page.getByRole('row', { name: new RegExp(module.title.replace('?', '\\?')) }).first();
    await expect(row()).toContainText(t.passedStatus);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: t.export }).click();
    const file = info.outputPath('progress.json');
    await (await download).saveAs(file);
    const before = JSON.parse(readFileSync(file, 'utf8'));
    expect(before.state.quizzes[module.id]).toHaveLength(1);

    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await expect(row()).toContainText(t.notStarted);

    await page.getByLabel(t.file).setInputFiles(file);
    await page.getByRole('button', { name: t.confirm, exact: true }).click();
    await expect(page.getByText(t.imported)).toBeVisible();
    await expect(row()).toContainText(t.passedStatus);
    await page.reload();
    await expect(row()).toContainText(t.passedStatus);
  });
}
