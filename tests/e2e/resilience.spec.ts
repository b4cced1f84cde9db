import {
  dilemmaWithASecondStep,
  expect,
  firstModule,
  openApp,
  quizDraw,
  STORAGE_KEY,
  test,
} from './fixtures';
import { activeAttempt, modules, passedAttempt, storedState } from './state';

const lesson = firstModule.lessons[0]!;

test('storage blocked: a notice, and the course still works in memory', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('blocked', 'SecurityError');
      },
    });
  });
  await openApp(page);
  await expect(page.getByText('Dina resultat sparas inte.')).toBeVisible();
  await page.goto(`./#/modules/${firstModule.id}/lessons/${lesson.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(lesson.title);
  await page.goto(`./#/modules/${firstModule.id}`);
  await expect(page.getByRole('listitem').filter({ hasText: lesson.title })).toContainText('Läst');
});

test('storage full while saving: a notice, progress kept in memory, what was saved left alone', async ({
  page,
}) => {
  const saved = storedState({ quizzes: { [firstModule.id]: [passedAttempt(firstModule.id)] } });
  await page.addInitScript(
    ([key, value]) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(key!, value!);
        sessionStorage.setItem('seeded', '1');
      }
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (k: string, v: string) {
        if (k === key) throw new DOMException('full', 'QuotaExceededError');
        return setItem.call(this, k, v);
      };
    },
    [STORAGE_KEY, saved],
  );
  await openApp(page, `/modules/${firstModule.id}/lessons/${lesson.id}`);
  await expect(page.getByText('Dina senaste resultat kunde inte sparas.')).toBeVisible();
  await page.goto(`./#/modules/${firstModule.id}`);
  await expect(page.getByRole('listitem').filter({ hasText: lesson.title })).toContainText('Läst');
  expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toBe(saved);
});

test('two tabs answering at once: both tabs’ answers are kept', async ({ page, context }) => {
  const [a, b] = [modules[0]!, modules[1]!];
  await openApp(page, `/modules/${a.id}/quiz`);
  const other = await context.newPage();
  await other.goto(`./#/modules/${b.id}/quiz`);
  await page.getByRole('button', { name: 'Starta quizet' }).click();
  await other.getByRole('button', { name: 'Starta quizet' }).click();
  for (const tab of [page, other, page, other]) {
    const n = await tab.locator('h1').innerText();
    await tab.locator('.option input').first().check();
    await tab.getByRole('button', { name: 'Svara' }).click();
    await expect(tab.locator('.verdict')).toBeVisible();
    await tab.locator('.feedback ~ .actions a').click();
    await expect(tab.locator('h1')).not.toHaveText(n);
  }
  const stored = JSON.parse(
    (await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY))!,
  );
  const answers = (id: string) => Object.keys(stored.state.quizzes[id][0].answers).length;
  expect([answers(a.id), answers(b.id)]).toEqual([2, 2]);
  await other.close();
});

test('a reload in the middle of a dilemma returns to the same step and choice', async ({
  page,
}) => {
  const scenario = firstModule.scenarios[0]!;
  await openApp(page, `/modules/${firstModule.id}/scenarios/${scenario.id}`);
  await page.getByRole('button', { name: 'Börja' }).click();
  const choice = await page.locator('.choice').first().innerText();
  await page.locator('.choice').first().click();
  await expect(page.locator('.consequence')).toContainText(choice);
  await page.reload();
  await expect(page.locator('.consequence')).toContainText(choice);
  await page.getByRole('link', { name: 'Gå vidare' }).click();
  await expect(page.locator('.choice, #ending-title').first()).toBeVisible();
});

test('an app upgrade under an unfinished quiz: a clear message, earlier results kept', async ({
  page,
}) => {
  const finished = passedAttempt(firstModule.id);
  const stale = activeAttempt(firstModule.id, ['a-question-that-was-removed', 'another-one']);
  await page.addInitScript(
    ([key, value]) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(key!, value!);
        sessionStorage.setItem('seeded', '1');
      }
    },
    [STORAGE_KEY, storedState({ quizzes: { [firstModule.id]: [finished, stale] } })],
  );
  await openApp(page, `/modules/${firstModule.id}/quiz/1`);
  await expect(page.getByText(/Kursen har uppdaterats sedan du började quizet/)).toBeVisible();
  await page.getByRole('button', { name: 'Börja om quizet' }).click();
  await expect(page.getByRole('button', { name: 'Gör quizet igen med nya frågor' })).toBeVisible();
  await page.goto('./#/progress');
  await expect(
    page.getByRole('row', { name: new RegExp(firstModule.title) }).first(),
  ).toContainText('Godkänd');
});

test('an app upgrade from an older storage version resumes the quiz in progress', async ({
  page,
}) => {
  const attempt = activeAttempt(firstModule.id);
  const v1 = JSON.parse(storedState({ quizzes: { [firstModule.id]: [attempt] } }));
  delete v1.state.practice;
  v1.version = 1;
  await page.addInitScript(
    ([key, value]) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(key!, value!);
        sessionStorage.setItem('seeded', '1');
      }
    },
    [STORAGE_KEY, JSON.stringify(v1)],
  );
  await openApp(page, `/modules/${firstModule.id}/quiz`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    `Fråga 2 av ${quizDraw(firstModule.id)}`,
  );
  await page.goto(`./#/modules/${firstModule.id}/quiz/1`);
  await expect(page.locator('.verdict')).toContainText('Rätt!');
});

test('an old dilemma step from the history cannot tangle a new round', async ({ page }) => {
  const { moduleId, scenarioId, choiceText } = dilemmaWithASecondStep();
  await openApp(page, `/modules/${moduleId}/scenarios/${scenarioId}`);
  await page.getByRole('button', { name: 'Börja' }).click();
  await page.locator('.choice', { hasText: choiceText }).click();
  await page.getByRole('link', { name: 'Gå vidare' }).click();
  await expect(page.locator('.choice, #ending-title').first()).toBeVisible();
  const secondStep = page.url();

  await page.goto(`./#/modules/${moduleId}/scenarios/${scenarioId}`);
  await page.getByRole('button', { name: 'Börja', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vägval 1');
  await page.goto(secondStep);
  if (await page.locator('#ending-title').isVisible()) return; // the first choice ended it
  await expect(
    page.getByText('Det här vägvalet har du inte kommit till i den här omgången.'),
  ).toBeVisible();
  await expect(page.locator('.choice')).toHaveCount(0);
  await page.getByRole('link', { name: 'Gå till där du är nu' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vägval 1');
});

test('a reset in one tab is not undone by another open tab', async ({ page, context }) => {
  const [a, b] = [modules[0]!, modules[1]!];
  await openApp(page, `/modules/${a.id}/lessons/${a.lessons[0]!.id}`);
  const other = await context.newPage();
  await other.goto(`./#/modules/${a.id}/lessons/${a.lessons[1]!.id}`);
  await expect(other.getByRole('heading', { level: 1 })).toHaveText(a.lessons[1]!.title);

  await page.goto('./#/progress');
  await page.getByRole('button', { name: 'Radera alla mina resultat' }).click();
  await page.getByRole('button', { name: 'Ja, radera alla mina resultat' }).click();
  await expect(page.getByText('Klart. Alla dina resultat är raderade.')).toBeVisible();

  // The other tab goes on and saves; what was deleted must not come back.
  await other.goto(`./#/modules/${b.id}/lessons/${b.lessons[0]!.id}`);
  await expect(other.getByRole('heading', { level: 1 })).toHaveText(b.lessons[0]!.title);
  await page.reload();
  await expect(
    page.getByRole('row', { name: new RegExp(a.title.replace('?', '\\?')) }),
  ).toContainText('Inte påbörjad');
  await expect(page.getByRole('row', { name: new RegExp(b.title) })).toContainText('Påbörjad');
  await other.close();
});
