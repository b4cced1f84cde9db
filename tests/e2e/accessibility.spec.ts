import { expectNoAxeViolations, firstModule, openApp, test } from './fixtures';

const scenario = firstModule.scenarios[0]!;
const routes = [
  '/',
  `/modules/${firstModule.id}`,
  `/modules/${firstModule.id}/lessons/${firstModule.lessons[0]!.id}`,
  `/modules/${firstModule.id}/quiz`,
  `/modules/${firstModule.id}/scenarios/${scenario.id}`,
  '/progress',
  '/self-check',
  '/trainer',
  '/about',
  '/no-such-page',
];

for (const language of ['sv', 'en'] as const) {
  for (const route of routes) {
    test(`no axe violations on ${route} (${language})`, async ({ page }) => {
      await openApp(page, route, language);
      await expectNoAxeViolations(page, `${route} in ${language}`);
    });
  }
}
