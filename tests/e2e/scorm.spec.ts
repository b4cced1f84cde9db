/**
 * The LMS packages in real Chromium, for SCORM 1.2 and SCORM 2004: a small
 * LMS stand-in (tests/e2e/scorm/harness.html, with scorm-again as the API)
 * opens the packaged course in a frame. The learner reads a module and passes
 * its quiz; the test reads what the LMS received; then, on "another
 * computer" (a fresh browser context, so local storage is empty), the LMS
 * hands back its saved data and the learner is where they left off. A second
 * test checks the rest of the record: the location after a move to the start
 * page, a quiz answer and a dilemma choice as interactions, and the language,
 * each written during the session and kept across a relaunch.
 *
 * Everything is served by a server started here, from the zips in
 * dist-scorm/ (built first if they are missing): no network is used.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join } from 'node:path';
import { type Browser, expect, type FrameLocator, test } from '@playwright/test';
import { unzipSync } from 'fflate';
import { loadContent } from '../../pipeline/content/load';

type Version = '12' | '2004';

const PACKAGES: Record<Version, string> = {
  '12': 'dist-scorm/mutkollen-scorm12.zip',
  '2004': 'dist-scorm/mutkollen-scorm2004.zip',
};

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
  '.xml': 'application/xml',
};

const content = loadContent('content');
const module = content.catalogue.sv.modules[0]!;

/** For each Swedish quiz prompt, the labels of its right options. */
const answerKey: Record<string, string[]> = {};
for (const m of Object.values(content.modules.sv)) {
  for (const q of m.quiz.questions) {
    answerKey[q.prompt] = q.options
      .filter((o) => o.correct)
      .map((o) => (q.type === 'truefalse' ? (o.id === 'true' ? 'Sant' : 'Falskt') : o.text));
  }
}

let server: Server;
let origin = '';

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  if (!Object.values(PACKAGES).every((zip) => existsSync(zip))) {
    execFileSync(process.execPath, ['pipeline/scorm/build-scorm.mjs'], { stdio: 'inherit' });
  }
  const packages = {
    '12': unzipSync(readFileSync(PACKAGES['12'])),
    '2004': unzipSync(readFileSync(PACKAGES['2004'])),
  };
  server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    let body: Uint8Array | undefined;
    const inPackage = /^\/scorm(12|2004)\/(.+)$/.exec(path);
    const file = (dir: string, name: string) =>
      !name.includes('..') && existsSync(join(dir, name))
        ? readFileSync(join(dir, name))
        : undefined;
    if (inPackage) body = packages[inPackage[1] as Version][inPackage[2]!];
    else if (path.startsWith('/harness/')) body = file('tests/e2e/scorm', path.slice(9));
    else if (path.startsWith('/scorm-again/'))
      body = file('node_modules/scorm-again/dist', path.slice(13));
    if (!body) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
});

interface LmsLog {
  initialized: boolean;
  terminated: boolean;
  commits: number;
  committed: Record<string, string>;
  calls: string[][];
}

/** Opens the harness in a fresh browser context (empty local storage), with the LMS's saved data. */
async function openLms(browser: Browser, version: Version, saved?: Record<string, string>) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()}: ${response.url()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('request', (request) => {
    if (!request.url().startsWith(origin)) problems.push(`request elsewhere: ${request.url()}`);
  });
  if (saved) {
    await page.addInitScript((cmi) => {
      (window as unknown as { __savedCmi: unknown }).__savedCmi = cmi;
    }, saved);
  }
  await page.goto(`${origin}/harness/harness.html?v=${version}`);
  const course = page.frameLocator('#course');
  await expect(course.locator('h1')).toBeVisible();
  const lms = () => page.evaluate(() => (window as unknown as { lms: LmsLog }).lms);
  const go = (hash: string) =>
    page.frame({ url: /\/index\.html/ })!.evaluate((h) => {
      location.hash = h;
    }, hash);
  return { context, page, course, lms, go, problems };
}

async function answerQuestion(course: FrameLocator) {
  const prompt = (await course.locator('legend').innerText())
    .replace(/^Sant eller falskt\?\s*/, '')
    .trim();
  const right = answerKey[prompt];
  if (!right) throw new Error(`No answer key for "${prompt}"`);
  const options = course.locator('.option');
  for (let i = 0; i < (await options.count()); i++) {
    if (right.includes((await options.nth(i).innerText()).trim())) await options.nth(i).click();
  }
  await course.getByRole('button', { name: 'Svara' }).click();
}

/** What the LMS keeps between sessions and hands back at the next launch. */
function kept(version: Version, committed: Record<string, string>) {
  const keep =
    version === '12'
      ? /^cmi\.(suspend_data|core\.lesson_location|core\.lesson_status|core\.score\.|objectives\.|interactions\.|student_preference\.)/
      : /^cmi\.(suspend_data|location|completion_status|success_status|score\.|objectives\.|interactions\.|learner_preference\.)/;
  return Object.fromEntries(Object.entries(committed).filter(([key]) => keep.test(key)));
}

async function expectModulePassed(course: FrameLocator) {
  await expect(course.locator('h1')).toHaveText(module.title);
  await expect(course.locator('.status')).toHaveText('✓ Godkänd');
  for (const lesson of module.lessons) {
    await expect(course.getByRole('listitem').filter({ hasText: lesson.title })).toContainText(
      '✓ Läst',
    );
  }
}

for (const version of ['12', '2004'] as const) {
  const name = version === '12' ? 'SCORM 1.2' : 'SCORM 2004';
  const status = version === '12' ? 'cmi.core.lesson_status' : 'cmi.completion_status';
  const score = version === '12' ? 'cmi.core.score.raw' : 'cmi.score.raw';
  const objectiveStatus = version === '12' ? 'status' : 'success_status';

  test(`${name}: reports a passed module to the LMS and resumes on another computer`, async ({
    browser,
  }) => {
    test.setTimeout(90_000);
    // --- First computer: read the module, pass its quiz. ---
    const first = await openLms(browser, version);
    await expect.poll(async () => (await first.lms()).initialized).toBe(true);
    for (const lesson of module.lessons) {
      await first.go(`#/modules/${module.id}/lessons/${lesson.id}`);
      await expect(first.course.locator('h1')).toHaveText(lesson.title);
    }
    await first.go(`#/modules/${module.id}/quiz`);
    await first.course.getByRole('button', { name: 'Starta quizet' }).click();
    for (let n = 1; n <= module.quizDraw; n++) {
      await answerQuestion(first.course);
      await first.course
        .getByRole('link', { name: n < module.quizDraw ? 'Nästa fråga' : 'Se resultatet' })
        .click();
    }
    await expect(first.course.getByText(/Godkänd/).first()).toBeVisible();

    // --- What the LMS received (committed, about a second after the last change). ---
    await expect
      .poll(async () => (await first.lms()).committed[`cmi.objectives.0.${objectiveStatus}`])
      .toBe('passed');
    const received = (await first.lms()).committed;
    const suspend = received['cmi.suspend_data']!;
    console.log(
      `${name} received: ${JSON.stringify(
        Object.fromEntries(
          Object.entries(received).filter(
            ([k]) => !k.startsWith('cmi.objectives.') || k.startsWith('cmi.objectives.0.'),
          ),
        ),
      )}; suspend data ${suspend.length} characters`,
    );
    expect(received[status]).toBe('incomplete');
    // One of the core's modules at 100 %: the mean of the core's best scores.
    const core = content.catalogue.sv.core.modules.length;
    const mean = Math.round(100 / core);
    expect(received[score]).toBe(String(mean));
    expect(received['cmi.objectives.0.id']).toBe(module.id);
    expect(received['cmi.objectives.0.score.raw']).toBe('100');
    expect(received['cmi.objectives.1.id']).toBe(content.catalogue.sv.modules[1]!.id);
    // The core and each track follow the modules as objectives of their own.
    const parts = content.catalogue.sv.modules.length;
    expect(received[`cmi.objectives.${parts}.id`]).toBe('course_core');
    expect(received[`cmi.objectives.${parts + 1}.id`]).toBe(
      `track_${content.catalogue.sv.tracks[0]!.id}`,
    );
    expect(received[version === '12' ? 'cmi.core.exit' : 'cmi.exit']).toBe('suspend');
    expect(received[version === '12' ? 'cmi.core.session_time' : 'cmi.session_time']).toMatch(
      version === '12' ? /^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/ : /^PT/,
    );
    if (version === '2004') {
      expect(received['cmi.success_status']).toBe('unknown');
      expect(received['cmi.score.scaled']).toBe(String(mean / 100));
      expect(received['cmi.objectives.0.completion_status']).toBe('completed');
    }
    expect(suspend).toMatch(/^2\./);
    expect(suspend.length).toBeLessThan(4096);

    // Leaving the page ends the session: the frame goes, the course terminates.
    await first.page.evaluate(() => document.getElementById('course')!.remove());
    await expect.poll(async () => (await first.lms()).terminated).toBe(true);
    const saved = kept(version, (await first.lms()).committed);
    expect(first.problems).toEqual([]);
    await first.context.close();

    // --- Another computer: local storage is empty, the LMS hands back what it kept. ---
    const second = await openLms(browser, version, saved);
    const frame = second.page.frame({ url: /\/index\.html/ })!;
    // Back on the last page seen (the quiz result), with the progress merged in.
    await expect
      .poll(() => frame.evaluate(() => location.hash))
      .toBe(saved[version === '12' ? 'cmi.core.lesson_location' : 'cmi.location']);
    await expect(second.course.getByText(/Godkänd/).first()).toBeVisible();
    await second.go(`#/modules/${module.id}`);
    await expectModulePassed(second.course);
    expect(await frame.evaluate(() => localStorage.getItem('mutkollen'))).toContain(module.id);
    // …and the LMS is told the same again, not less.
    await expect.poll(async () => (await second.lms()).commits).toBeGreaterThan(0);
    const again = (await second.lms()).committed;
    expect(again[`cmi.objectives.0.${objectiveStatus}`]).toBe('passed');
    expect(again[score]).toBe(String(mean));
    expect(second.problems).toEqual([]);
    await second.context.close();
  });
}

for (const version of ['12', '2004'] as const) {
  const name = version === '12' ? 'SCORM 1.2' : 'SCORM 2004';
  const place = version === '12' ? 'cmi.core.lesson_location' : 'cmi.location';
  const language =
    version === '12' ? 'cmi.student_preference.language' : 'cmi.learner_preference.language';
  const response = version === '12' ? 'student_response' : 'learner_response';
  const setValue = version === '12' ? 'LMSSetValue' : 'SetValue';
  const scenario = content.modules.sv[module.id]!.scenarios[0]!;
  const step = scenario.steps.find((s) => s.id === scenario.start)!;
  // A choice whose result does not depend on the others at its step.
  const choice = step.choices.find((c) => c.quality === 'poor') ?? step.choices[0]!;
  const choiceResult =
    choice.quality === 'poor' ? (version === '12' ? 'wrong' : 'incorrect') : 'correct';
  const englishStep = content.modules.en[module.id]!.scenarios[0]!.steps.find(
    (s) => s.id === step.id,
  )!;

  test(`${name}: tells the LMS the location after a move to the start page, each answer, and the language`, async ({
    browser,
  }) => {
    test.setTimeout(90_000);
    const first = await openLms(browser, version);
    await expect.poll(async () => (await first.lms()).initialized).toBe(true);

    // One quiz answer (right) and one dilemma choice.
    await first.go(`#/modules/${module.id}/quiz`);
    await first.course.getByRole('button', { name: 'Starta quizet' }).click();
    await answerQuestion(first.course);
    await first.go(`#/modules/${module.id}/scenarios/${scenario.id}`);
    await first.course.getByRole('button', { name: 'Börja', exact: true }).click();
    await first.course.getByRole('button', { name: choice.text, exact: true }).click();
    const dilemmaId = `dilemma.${module.id}.${scenario.id}.${step.id}`;
    await expect
      .poll(async () => (await first.lms()).committed['cmi.interactions.1.id'])
      .toBe(dilemmaId);
    const received = (await first.lms()).committed;
    console.log(
      `${name} interactions: ${JSON.stringify(
        Object.fromEntries(Object.entries(received).filter(([k]) => k.includes('interactions'))),
      )}`,
    );
    expect(received['cmi.interactions.0.id']).toMatch(new RegExp(`^quiz\\.${module.id}\\.`));
    expect(received['cmi.interactions.0.type']).toBe('choice');
    expect(received['cmi.interactions.0.result']).toBe('correct');
    expect(received[`cmi.interactions.0.${response}`]).toMatch(/^[a-z0-9-]+/);
    expect(received['cmi.interactions.0.objectives.0.id']).toBe(module.id);
    expect(received['cmi.interactions.1.type']).toBe('choice');
    expect(received[`cmi.interactions.1.${response}`]).toBe(choice.id);
    expect(received['cmi.interactions.1.result']).toBe(choiceResult);
    if (version === '12') {
      expect(received['cmi.interactions.1.time']).toMatch(/^\d\d:\d\d:\d\d$/);
    } else {
      expect(received['cmi.interactions.1.timestamp']).toMatch(
        /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d\dZ$/,
      );
    }

    // The app's own link to the start page (the router's pushState): the LMS hears of it at
    // once, not only when the learner leaves.
    await first.course.locator('a.brand').click();
    await expect(first.course.locator('.lead')).toContainText(
      'Det du gör sparas i din webbläsare och i lärplattformen där du startade kursen.',
    );
    await expect(first.course.locator('.lead')).not.toContainText('bara i din webbläsare');
    await expect.poll(async () => (await first.lms()).committed[place]).toBe('#/');
    expect((await first.lms()).terminated).toBe(false);

    // The language, written when the learner changes it.
    expect((await first.lms()).committed[language]).toBe('sv');
    await first.course.locator('button.language-switch').click();
    await expect.poll(async () => (await first.lms()).committed[language]).toBe('en');

    // Nothing the course sent was refused.
    const refused = (await first.lms()).calls.filter(
      (call) => call[0] === setValue && call.at(-1) !== 'true',
    );
    expect(refused).toEqual([]);

    await first.page.evaluate(() => document.getElementById('course')!.remove());
    await expect.poll(async () => (await first.lms()).terminated).toBe(true);
    const saved = kept(version, (await first.lms()).committed);
    expect(first.problems).toEqual([]);
    await first.context.close();

    // --- The next launch, on another computer: in English, on the start page. ---
    const second = await openLms(browser, version, saved);
    const frame = second.page.frame({ url: /\/index\.html/ })!;
    await expect.poll(() => frame.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await frame.evaluate(() => location.hash)).toBe('#/');
    await expect(second.course.locator('.lead')).toContainText(
      'Your progress is saved in your browser and in the learning platform',
    );
    // A new choice goes after the two the LMS holds; those are not sent again.
    await second.go(`#/modules/${module.id}/scenarios/${scenario.id}`);
    // (The first choice may have ended the dilemma: then it is played again.)
    await second.course
      .getByRole('button', { name: /^(Start|Play again from the start)$/ })
      .click();
    await second.course
      .getByRole('button', { name: englishStep.choices[0]!.text, exact: true })
      .click();
    await expect
      .poll(async () => (await second.lms()).committed['cmi.interactions.2.id'])
      .toBe(dilemmaId);
    const sent = (await second.lms()).calls.filter(
      (call) => call[0] === setValue && /^cmi\.interactions\.[01]\./.test(call[1]!),
    );
    expect(sent).toEqual([]);
    expect((await second.lms()).committed[language]).toBe('en');
    expect(second.problems).toEqual([]);
    await second.context.close();
  });
}
