import { expect, expectNoAxeViolations, openApp, test } from './fixtures';

const footerLink = { sv: 'Tillgänglighetsredogörelse', en: 'Accessibility statement' };
const heading = {
  sv: 'Tillgänglighetsredogörelse för Mutkollen',
  en: 'Accessibility statement for Mutkollen',
};

for (const language of ['sv', 'en'] as const) {
  test(`the footer links to the accessibility statement (${language})`, async ({ page }) => {
    await openApp(page, '/', language);
    await page.locator('footer').getByRole('link', { name: footerLink[language] }).click();
    await expect(page).toHaveURL(/#\/accessibility$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading[language]);
    await expect(page.getByRole('link', { name: /Digg/ })).toHaveAttribute(
      'href',
      'https://www.digg.se/tdosanmalan',
    );
    // content/organisation.yaml ships without a contact: the note for the organisation shows.
    await expect(page.locator('.notice')).toContainText('content/organisation.yaml');
  });

  test(`no axe violations on /accessibility (${language})`, async ({ page }) => {
    await openApp(page, '/accessibility', language);
    await expectNoAxeViolations(page, `/accessibility in ${language}`);
  });
}
