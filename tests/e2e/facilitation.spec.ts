import type { Page } from '@playwright/test';
import { loadContent } from '../../pipeline/content/load';
import { expect, expectNoAxeViolations, test } from './fixtures';

type Module = ReturnType<typeof loadContent>['modules']['sv'][string];
type Scenario = Module['scenarios'][number];
type Step = Scenario['steps'][number];

const content = loadContent('content');

/** The words of a rich text value, as the screen shows them. */
function plain(value: unknown): string {
  if (Array.isArray(value)) return value.map(plain).join(' ');
  if (value && typeof value === 'object') {
    const node = value as { v?: unknown; c?: unknown };
    return [typeof node.v === 'string' ? node.v : '', plain(node.c)].join(' ');
  }
  return '';
}

/** What the group reads at a step: the intro at the first one, the situation, the prompt, the choices. */
const stepLength = (scenario: Scenario, step: Step) =>
  (step.id === scenario.start ? plain(scenario.intro).length : 0) +
  plain(step.text).length +
  step.discussion.length +
  step.choices.reduce((n, c) => n + c.text.length, 0);

/** The longest dilemma step in the course (Swedish), and the choices that lead to it from the start. */
function longestStep() {
  let best: { module: Module; scenario: Scenario; step: Step; length: number } | undefined;
  for (const module of Object.values(content.modules.sv)) {
    for (const scenario of module.scenarios) {
      for (const step of scenario.steps) {
        const length = stepLength(scenario, step);
        if (!best || length > best.length) best = { module, scenario, step, length };
      }
    }
  }
  const { scenario, step } = best!;
  // Breadth first: the shortest way there, as choice letters at each step.
  const queue: { id: string; letters: number[] }[] = [{ id: scenario.start, letters: [] }];
  const seen = new Set<string>();
  while (queue.length > 0) {
    const { id, letters } = queue.shift()!;
    if (id === step.id) return { ...best!, letters };
    if (seen.has(id)) continue;
    seen.add(id);
    const at = scenario.steps.find((s) => s.id === id);
    at?.choices.forEach((c, i) => queue.push({ id: c.next, letters: [...letters, i] }));
  }
  throw new Error(`no way to ${step.id}`);
}

const letter = (i: number) => String.fromCharCode(65 + i);

async function openSession(page: Page, moduleId: string, scenarioId: string) {
  await page.goto(`./#/trainer/facilitate/${moduleId}/${scenarioId}`);
  await expect(page.getByRole('heading', { level: 2, name: 'Vägval 1' })).toBeVisible();
}

const isPresenting = (page: Page) =>
  page.evaluate(() => document.body.classList.contains('is-presenting'));

test.describe('facilitation mode on a projector', () => {
  for (const size of [
    { width: 1280, height: 720 },
    { width: 1920, height: 1080 },
  ]) {
    test(`the longest step's situation and every choice fit ${size.width}×${size.height} in full screen`, async ({
      page,
    }, info) => {
      const target = longestStep();
      await page.setViewportSize(size);
      await openSession(page, target.module.id, target.scenario.id);
      for (const [n, i] of target.letters.entries()) {
        await page.getByRole('button', { name: 'Visa facit' }).click();
        await page.getByRole('button', { name: new RegExp(`^Gå vidare med ${letter(i)}`) }).click();
        await expect(
          page.getByRole('heading', { level: 2, name: `Vägval ${n + 2}` }),
        ).toBeFocused();
      }
      await page.getByRole('button', { name: 'Helskärm' }).click();
      await expect.poll(() => isPresenting(page)).toBe(true);
      await page.evaluate(() => window.scrollTo(0, 0));

      const inView = async (selector: string) => {
        const boxes = await page.locator(selector).evaluateAll((elements) =>
          elements.map((e) => {
            const r = e.getBoundingClientRect();
            return { top: r.top, left: r.left, bottom: r.bottom, right: r.right };
          }),
        );
        expect(boxes.length, selector).toBeGreaterThan(0);
        for (const box of boxes) {
          expect(box.top, `${selector} top`).toBeGreaterThanOrEqual(0);
          expect(box.left, `${selector} left`).toBeGreaterThanOrEqual(0);
          expect(box.bottom, `${selector} bottom`).toBeLessThanOrEqual(size.height);
          expect(box.right, `${selector} right`).toBeLessThanOrEqual(size.width);
        }
        return boxes.length;
      };
      const shot = await page.screenshot();
      await info.attach(`facilitation-${size.width}x${size.height}.png`, {
        body: shot,
        contentType: 'image/png',
      });
      if (process.env.SHOTS) {
        const { writeFileSync } = await import('node:fs');
        writeFileSync(`${process.env.SHOTS}/facilitation-${size.width}x${size.height}.png`, shot);
      }
      await inView('.fac-situation');
      expect(await inView('.fac-choice')).toBe(target.step.choices.length);
    });
  }

  test('after "Helskärm" space reveals and never leaves full screen or shows the notes', async ({
    page,
  }) => {
    const module = Object.values(content.modules.sv).find((m) => m.scenarios.length > 0)!;
    const scenario = module.scenarios[0]!;
    await page.setViewportSize({ width: 1280, height: 720 });
    await openSession(page, module.id, scenario.id);
    await page.getByRole('button', { name: 'Helskärm' }).click();
    await expect.poll(() => isPresenting(page)).toBe(true);
    await expect(page.getByRole('heading', { level: 2, name: 'Vägval 1' })).toBeFocused();
    await page.keyboard.press('Space');
    await expect(
      page.getByRole('heading', { name: 'Facit: så blir det för varje val' }),
    ).toBeVisible();
    expect(await isPresenting(page)).toBe(true);

    // Even with focus put back on a toggle, space does not press it.
    await page.getByRole('button', { name: 'Lämna helskärm' }).focus();
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: 'Visa anteckningar för dig som leder' }).focus();
    await page.keyboard.press('Space');
    expect(await isPresenting(page)).toBe(true);
    await expect(page.getByRole('complementary')).toHaveCount(0);

    // A presenter clicker: PageDown goes on, PageUp goes back.
    await page.keyboard.press('PageDown');
    await expect(page.getByRole('heading', { level: 2, name: 'Vägval 2' })).toBeFocused();
    await page.keyboard.press('PageUp');
    await expect(page.getByRole('heading', { level: 2, name: 'Vägval 1' })).toBeFocused();
    await expectNoAxeViolations(page, 'facilitation in full screen, answers shown');
  });

  test('the notes open in a window of their own that follows the session, and leave the shared screen', async ({
    page,
    context,
  }) => {
    const module = Object.values(content.modules.sv).find((m) => m.scenarios.length > 0)!;
    const scenario = module.scenarios.find((s) => s.steps.length > 1) ?? module.scenarios[0]!;
    await openSession(page, module.id, scenario.id);
    const popup = context.waitForEvent('page');
    await page.getByRole('button', { name: 'Öppna anteckningar i eget fönster' }).click();
    const notes = await popup;
    await expect(notes.getByText('Gruppen är vid vägval 1.')).toBeVisible();
    const aside = notes.getByRole('complementary', { name: 'Anteckningar för dig som leder' });
    const first = scenario.steps.find((s) => s.id === scenario.start)!;
    const best = first.choices.find((c) => c.quality === 'good') ?? first.choices[0]!;
    await expect(aside).toContainText(best.rule);

    // The shared screen no longer offers its own notes.
    await expect(page.getByText('Anteckningarna visas i ett eget fönster.')).toBeVisible();
    await expect(
      page.getByRole('button', { name: 'Visa anteckningar för dig som leder' }),
    ).toHaveCount(0);
    await expect(page.getByRole('complementary')).toHaveCount(0);

    await page.getByRole('heading', { level: 1 }).click();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(notes.locator('.presenter-notes__where')).toHaveText(
      /Gruppen är vid vägval 2\.|Gruppen har kommit till slutet\./,
    );
    await expectNoAxeViolations(notes, 'presenter notes window');

    // A reloaded shared screen finds the notes window again, at the start.
    await page.reload();
    await expect(page.getByText('Anteckningarna visas i ett eget fönster.')).toBeVisible();
    await expect(notes.getByText('Gruppen är vid vägval 1.')).toBeVisible();

    // Closing the notes window gives the shared screen its notes button back.
    await notes.close({ runBeforeUnload: true });
    await expect(
      page.getByRole('button', { name: 'Visa anteckningar för dig som leder' }),
    ).toBeVisible();
  });

  test('the notes window says so and lists every step where BroadcastChannel is missing', async ({
    page,
  }) => {
    const module = Object.values(content.modules.sv).find((m) => m.scenarios.length > 0)!;
    const scenario = module.scenarios[0]!;
    await page.addInitScript(() => {
      // @ts-expect-error: a browser without BroadcastChannel
      delete window.BroadcastChannel;
    });
    await page.goto(`./#/trainer/facilitate/${module.id}/${scenario.id}/notes`);
    await expect(page.getByText(/kan inte låta fönstret följa samtalet/)).toBeVisible();
    await expect(page.getByRole('complementary')).toHaveCount(scenario.steps.length);
    await openSession(page, module.id, scenario.id);
    await expect(
      page.getByRole('button', { name: 'Öppna anteckningar i eget fönster' }),
    ).toHaveCount(0);
  });
});
