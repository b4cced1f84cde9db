/**
 * The trainer's pages as a trainer prints and shares them: the guide prints its session plan on
 * its own, the four questions as a one-page slide and the answer key only when asked; the trainer
 * page links the LMS packages the site has; and the LMS packages hold no trainer page.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { unzipSync } from 'fflate';
import { expect, expectNoAxeViolations, test } from './fixtures';

const pdfPages = (pdf: Buffer) =>
  (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

async function printToPdf(page: Page) {
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  await page.emulateMedia({ media: 'screen' });
  return pdf;
}

async function openGuide(page: Page) {
  // The print dialog cannot be driven: the buttons choose what prints, page.pdf() prints it.
  await page.addInitScript(() => {
    window.print = () => undefined;
  });
  await page.goto('./#/trainer/guide');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Handledning för utbildare');
  await expect(
    page.getByRole('region', { name: 'Dilemman att välja mellan' }).getByRole('row'),
  ).not.toHaveCount(1);
}

test('the guide prints the session plan on its own, in at most 4 pages, without the answer key', async ({
  page,
}, info) => {
  await openGuide(page);
  await expect(page.getByText('För dig som utbildar.', { exact: true })).toBeVisible();
  await expectNoAxeViolations(page, "trainer's guide");
  await page.getByRole('button', { name: 'Visa facit' }).click();
  await expect(page.getByRole('button', { name: 'Skriv ut facit' })).toBeVisible();
  await expectNoAxeViolations(page, "trainer's guide with the answer key shown");

  // Printed from the browser's own menu too: the default is the plan.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('region', { name: 'Ett samtal på 30 minuter' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Dilemman att välja mellan' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Facit' })).toBeHidden();
  await expect(page.getByRole('region', { name: 'De fyra frågorna' })).toBeHidden();
  if (process.env.SHOTS) {
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: `${process.env.SHOTS}/guide-plan-print.png`, fullPage: true });
    await page.emulateMedia({ media: 'screen' });
  }
  const plan = await printToPdf(page);
  const pages = pdfPages(plan);
  console.log(`session plan: ${pages} pages`);
  expect(pages).toBeGreaterThan(0);
  expect(pages).toBeLessThanOrEqual(4);
  await info.attach('session-plan.pdf', { body: plan, contentType: 'application/pdf' });

  // The answer key prints only when the trainer asks for it, on its own.
  await page.getByRole('button', { name: 'Skriv ut facit' }).click();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('region', { name: 'Facit' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Ett samtal på 30 minuter' })).toBeHidden();
  const key = await printToPdf(page);
  console.log(`answer key: ${pdfPages(key)} pages`);
  expect(pdfPages(key)).toBeGreaterThan(pages);
});

test('the four questions print as a one-page slide', async ({ page }, info) => {
  await openGuide(page);
  await page.getByRole('button', { name: 'Skriv ut de fyra frågorna som en bild' }).click();
  await page.emulateMedia({ media: 'print' });
  const slide = page.getByRole('region', { name: 'De fyra frågorna' });
  await expect(slide).toBeVisible();
  await expect(slide.getByRole('listitem')).toHaveText([
    'Varför får jag förmånen?',
    'Har jag nytta av den i arbetet?',
    'Vad säger min arbetsgivare?',
    'Hur ser det ut utåt?',
  ]);
  await expect(page.getByRole('region', { name: 'Ett samtal på 30 minuter' })).toBeHidden();
  if (process.env.SHOTS) {
    await page.screenshot({ path: `${process.env.SHOTS}/guide-slide-print.png`, fullPage: true });
  }
  const pdf = await printToPdf(page);
  expect(pdfPages(pdf)).toBe(1);
  await info.attach('four-questions.pdf', { body: pdf, contentType: 'application/pdf' });
});

const ZIPS = ['mutkollen-scorm12.zip', 'mutkollen-scorm2004.zip'];

/** The LMS packages, built (and copied beside the web build in dist/lms/) if they are missing. */
function ensurePackages() {
  if (!ZIPS.every((zip) => existsSync(`dist-scorm/${zip}`) && existsSync(`dist/lms/${zip}`))) {
    execFileSync(process.execPath, ['pipeline/scorm/build-scorm.mjs'], { stdio: 'inherit' });
  }
}

test('the trainer page says when to use the LMS and links the SCORM packages on the site', async ({
  page,
}) => {
  test.setTimeout(180_000);
  ensurePackages();
  await page.goto('./#/trainer');
  await expect(page.getByText('För dig som utbildar.', { exact: true })).toBeVisible();
  const lms = page.getByRole('region', { name: 'Har er organisation en lärplattform?' });
  await expect(lms).toContainText('personalsystemet');
  await expect(lms.getByRole('listitem').filter({ hasText: 'Ladda upp zip-filen' })).toBeVisible();
  for (const [name, file] of [
    [/SCORM 2004/, 'mutkollen-scorm2004.zip'],
    [/SCORM 1\.2/, 'mutkollen-scorm12.zip'],
  ] as const) {
    const link = lms.getByRole('link', { name });
    await expect(link).toHaveAttribute('href', new RegExp(`/lms/${file.replace('.', '\\.')}$`));
    const response = await page.request.get((await link.getAttribute('href'))!);
    expect(response.ok()).toBe(true);
    expect((await response.body()).subarray(0, 2).toString('latin1')).toBe('PK');
  }
  await expectNoAxeViolations(page, 'trainer page with the LMS packages');
});

test('the LMS packages hold no trainer page and no answer key', async () => {
  test.setTimeout(180_000);
  ensurePackages();
  const manifest = JSON.parse(readFileSync('dist/.vite/manifest.json', 'utf8')) as Record<
    string,
    { file: string }
  >;
  const trainerSources = [
    'src/app/routes/trainer-page.tsx',
    'src/app/routes/guide-page.tsx',
    'src/app/routes/facilitation-page.tsx',
    'src/app/routes/facilitator-notes-page.tsx',
    'src/app/routes/builder-page.tsx',
    'src/app/routes/results-page.tsx',
  ];
  // The web build has them: the names looked for below are the real ones.
  const webChunks = trainerSources.map((source) => manifest[source]?.file);
  expect(webChunks.every(Boolean)).toBe(true);
  const chunkName = (file: string) => file.replace(/^assets\//, '').replace(/-[\w-]{8}\.js$/, '');

  for (const zip of ZIPS) {
    const files = unzipSync(readFileSync(`dist-scorm/${zip}`));
    const names = Object.keys(files);
    expect(names).toContain('index.html');
    for (const web of webChunks) {
      const chunk = chunkName(web!);
      expect(
        names.filter((n) => n.startsWith(`assets/${chunk}-`)),
        `${zip}: ${chunk}`,
      ).toEqual([]);
    }
    // The answer key's and the facilitator's components are in no script of the package.
    const scripts = names.filter((n) => n.endsWith('.js'));
    for (const name of scripts) {
      const text = new TextDecoder().decode(files[name]);
      for (const marker of [
        'answer-key__question',
        'fac-notes__warning',
        'presenter.open',
        'nav.trainer',
      ]) {
        expect(text.includes(marker), `${zip}: ${name} holds "${marker}"`).toBe(false);
      }
    }
  }
});
