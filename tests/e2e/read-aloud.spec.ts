import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, firstModule, openApp, test } from './fixtures';

const lesson = `/modules/${firstModule.id}/lessons/${firstModule.lessons[0]!.id}`;
const scenario = firstModule.scenarios[0]!;

interface SpeechCall {
  type: 'speak' | 'cancel' | 'pause' | 'resume';
  text?: string;
  lang?: string;
  rate?: number;
  voice?: string;
}

/**
 * Replaces the browser's speechSynthesis with a recorder before the app starts: it keeps every
 * call, starts the first queued utterance at once (firing its `start` event, as a real voice
 * would), and `window.__speech.next()` ends the current one and starts the next.
 */
async function stubSpeech(page: Page, voices: { name: string; lang: string }[]) {
  await page.addInitScript((list) => {
    const calls: unknown[] = [];
    let queue: Array<{ text: string; onstart?: () => void; onend?: () => void }> = [];
    class Utterance {
      lang = '';
      rate = 1;
      voice: { name: string } | null = null;
      constructor(public text: string) {}
    }
    const voices = list.map((v, i) => ({
      ...v,
      voiceURI: v.name,
      default: i === 0,
      localService: true,
    }));
    const synth = {
      getVoices: () => voices,
      speak(u: Utterance & { onstart?: () => void }) {
        calls.push({
          type: 'speak',
          text: u.text,
          lang: u.lang,
          rate: u.rate,
          voice: u.voice?.name,
        });
        queue.push(u);
        if (queue.length === 1) setTimeout(() => queue[0]?.onstart?.(), 0);
      },
      cancel() {
        calls.push({ type: 'cancel' });
        queue = [];
      },
      pause: () => calls.push({ type: 'pause' }),
      resume: () => calls.push({ type: 'resume' }),
      addEventListener() {},
      removeEventListener() {},
    };
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', {
      value: Utterance,
      configurable: true,
    });
    (window as unknown as { __speech: unknown }).__speech = {
      calls,
      next() {
        queue.shift()?.onend?.();
        queue[0]?.onstart?.();
      },
    };
  }, voices);
}

const calls = (page: Page) =>
  page.evaluate(() => (window as unknown as { __speech: { calls: SpeechCall[] } }).__speech.calls);
const spoken = async (page: Page) => (await calls(page)).filter((c) => c.type === 'speak');
const highlighted = (page: Page) =>
  page.evaluate(() => {
    const highlight = CSS.highlights.get('read-aloud');
    return highlight ? [...highlight.values()].map((r) => r.toString()).join('') : '';
  });

const swedishVoices = [
  { name: 'Alva', lang: 'sv-SE' },
  { name: 'Oskar', lang: 'sv-SE' },
  { name: 'Daniel', lang: 'en-GB' },
];

test('a lesson is read aloud sentence by sentence in Swedish, the sentence highlighted, with pause, speed and stop', async ({
  page,
}, info) => {
  await stubSpeech(page, swedishVoices);
  await openApp(page, lesson);
  expect(await calls(page)).toEqual([]);
  await page.getByRole('button', { name: 'Lyssna' }).click();
  await expect(page.getByRole('button', { name: 'Pausa' })).toBeFocused();
  await expect(
    page.locator('.read-aloud').getByRole('status').filter({ hasText: 'Läser upp.' }),
  ).toBeVisible();

  const queued = await spoken(page);
  const body = await page.locator('.prose p').first().innerText();
  expect(queued.length).toBeGreaterThan(3);
  expect(body.startsWith(queued[0]!.text!)).toBe(true);
  expect(queued.every((c) => c.lang === 'sv-SE' && c.rate === 1 && c.voice === 'Alva')).toBe(true);
  const keyPoint = (await page.locator('.key-point p').innerText()).trim();
  expect(queued.map((c) => c.text).join(' ')).toContain(keyPoint);
  // The control itself, the breadcrumb and the pager are not read.
  expect(queued.map((c) => c.text)).not.toContain('Lyssna');
  await expect.poll(() => highlighted(page)).toBe(queued[0]!.text);

  await page.evaluate(() =>
    (window as unknown as { __speech: { next: () => void } }).__speech.next(),
  );
  await expect.poll(() => highlighted(page)).toBe(queued[1]!.text);
  await expectNoAxeViolations(page, 'lesson with read-aloud open');
  await page.locator('.read-aloud').scrollIntoViewIfNeeded();
  await page.screenshot({ path: info.outputPath('reading.png') });

  await page.getByRole('button', { name: 'Pausa' }).click();
  await expect(
    page.locator('.read-aloud').getByRole('status').filter({ hasText: 'pausad' }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Fortsätt' }).click();
  expect((await calls(page)).slice(-2).map((c) => c.type)).toEqual(['pause', 'resume']);

  await page.getByLabel('Hastighet').selectOption('1.25');
  const after = (await spoken(page)).slice(queued.length);
  expect(after[0]!.text).toBe(queued[1]!.text);
  expect(after.every((c) => c.rate === 1.25)).toBe(true);

  await page.getByLabel('Röst').selectOption('Oskar');
  expect((await spoken(page)).at(-1)!.voice).toBe('Oskar');

  await page.getByRole('button', { name: 'Sluta lyssna' }).click();
  expect((await calls(page)).at(-1)!.type).toBe('cancel');
  await expect(page.getByRole('button', { name: 'Lyssna' })).toBeFocused();
  expect(await highlighted(page)).toBe('');
});

test('reading stops when the learner goes to the next page, and the speed is remembered', async ({
  page,
}) => {
  await stubSpeech(page, swedishVoices);
  await openApp(page, lesson);
  await page.getByRole('button', { name: 'Lyssna' }).click();
  await page.getByLabel('Hastighet').selectOption('0.75');
  await page.locator('.pager .button--primary').click();
  await expect(page.getByRole('button', { name: 'Lyssna' })).toBeVisible();
  expect((await calls(page)).at(-1)!.type).toBe('cancel');
  await page.getByRole('button', { name: 'Lyssna' }).click();
  await expect(page.getByRole('button', { name: 'Pausa' })).toBeVisible();
  expect((await spoken(page)).at(-1)!.rate).toBe(0.75);
});

test('a quiz question is read with its options, then its feedback', async ({ page }) => {
  await stubSpeech(page, swedishVoices);
  await openApp(page, `/modules/${firstModule.id}/quiz`);
  await page.locator('.button--primary').first().click();
  await page.getByRole('button', { name: 'Lyssna' }).click();
  await expect(page.getByRole('button', { name: 'Pausa' })).toBeVisible();
  const texts = (await spoken(page)).map((c) => c.text);
  const options = await page.locator('.option').allInnerTexts();
  for (const option of options) expect(texts).toContain(option.trim());
  expect(texts.length).toBeGreaterThan(options.length);

  await page.locator('.option input').first().check();
  await page.locator('form.question button[type=submit]').click();
  await expect(
    page.locator('.read-aloud').getByRole('status').filter({ hasText: 'stoppats' }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Läs upp igen' }).click();
  await expect(page.getByRole('button', { name: 'Pausa' })).toBeVisible();
  const feedback = (await spoken(page)).map((c) => c.text).slice(texts.length);
  expect(feedback.join(' ')).toContain(
    (await page.locator('.verdict').innerText()).replace(/^[✓✗]\s*/, ''),
  );
  await expectNoAxeViolations(page, 'quiz feedback with read-aloud open');
});

test('a dilemma step is read with its choices', async ({ page }) => {
  await stubSpeech(page, swedishVoices);
  await openApp(page, `/modules/${firstModule.id}/scenarios/${scenario.id}`);
  await page.locator('.actions .button').last().click();
  await page.locator('.choice').first().waitFor();
  await page.getByRole('button', { name: 'Lyssna' }).click();
  await expect(page.getByRole('button', { name: 'Pausa' })).toBeVisible();
  const texts = (await spoken(page)).map((c) => c.text).join(' ');
  for (const choice of await page.locator('.choice').allInnerTexts()) {
    expect(texts).toContain(choice.trim());
  }
});

test('works by keyboard alone: Lyssna, pause, resume, speed, stop, focus back on Lyssna', async ({
  page,
}) => {
  await stubSpeech(page, swedishVoices);
  await openApp(page, lesson);
  const listen = page.getByRole('button', { name: 'Lyssna' });
  await listen.focus();
  await page.keyboard.press('Enter');
  const pause = page.getByRole('button', { name: 'Pausa' });
  await expect(pause).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Fortsätt' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(pause).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Sluta lyssna' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Hastighet')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect.poll(async () => (await spoken(page)).at(-1)?.rate).toBe(1.25);
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(listen).toBeFocused();
  expect((await calls(page)).map((c) => c.type)).toEqual(
    expect.arrayContaining(['pause', 'resume', 'cancel']),
  );
});

test('says plainly when the device has no voice for the language', async ({ page }) => {
  await stubSpeech(page, [{ name: 'Daniel', lang: 'en-GB' }]);
  await openApp(page, lesson);
  await page.getByRole('button', { name: 'Lyssna' }).click();
  await expect(page.locator('.read-aloud').getByRole('status')).toContainText(
    'Din enhet har ingen röst för svenska',
  );
  expect(await spoken(page)).toEqual([]);
  await expectNoAxeViolations(page, 'read-aloud with no voice');
  await page.getByRole('button', { name: 'Stäng' }).click();
  await expect(page.getByRole('button', { name: 'Lyssna' })).toBeFocused();
});

test('reads in English with an English voice, and stops on a language switch', async ({ page }) => {
  await stubSpeech(page, swedishVoices);
  await openApp(page, lesson, 'en');
  await page.getByRole('button', { name: 'Listen' }).click();
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  const queued = await spoken(page);
  expect(queued.every((c) => c.lang === 'en-GB' && c.voice === 'Daniel')).toBe(true);
  await page.getByRole('button', { name: 'Svenska' }).click();
  await expect(page.getByRole('button', { name: 'Lyssna' })).toBeVisible();
  expect((await calls(page)).at(-1)!.type).toBe('cancel');
});

for (const language of ['sv', 'en'] as const) {
  test(`no axe violations in state: lesson with read-aloud open (${language})`, async ({
    page,
  }) => {
    await stubSpeech(page, swedishVoices);
    await openApp(page, lesson, language);
    await page.getByRole('button', { name: language === 'sv' ? 'Lyssna' : 'Listen' }).click();
    await expect(
      page.getByRole('button', { name: language === 'sv' ? 'Pausa' : 'Pause' }),
    ).toBeVisible();
    await expectNoAxeViolations(page, `lesson with read-aloud open in ${language}`);
  });
}
