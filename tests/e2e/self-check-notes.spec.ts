/**
 * The self-check notices answers that do not fit together, and explains why the
 * employer's permission is not enough when it still says decline.
 */
import { expect, expectNoAxeViolations, openApp, test } from './fixtures';

const t = {
  sv: {
    start: 'Börja',
    next: 'Nästa',
    show: 'Visa resultatet',
    // A supplier in a procurement offers a trip, valued like a cup of coffee; the employer allows it.
    answers: [
      'En resa eller en kurs',
      'Symboliskt, som en kopp kaffe eller en penna',
      'En leverantör, eller någon som vill bli leverantör',
      'Ja',
      'Som tack för mitt arbete, eller för att bygga en god relation',
      'Nej',
      'Det är tillåtet',
      'Det ser bra ut',
    ],
    check: 'Stämmer dina svar?',
    change: 'Ändra värdet',
    value: /Ungefär hur mycket är det värt\?/,
    permission: /Din arbetsgivare tillåter det, men det räcker inte här/,
  },
  en: {
    start: 'Start',
    next: 'Next',
    show: 'Show the result',
    answers: [
      'A trip or a course',
      'Symbolic, like a coffee or a pen',
      'A supplier, or someone who wants to become one',
      'Yes',
      'As thanks for my work, or to build goodwill',
      'No',
      'It is allowed',
      'It looks fine',
    ],
    check: 'Do your answers fit?',
    change: 'Change the value',
    value: /Roughly how much is it worth\?/,
    permission: /Your employer allows it, but that is not enough here/,
  },
};

for (const language of ['sv', 'en'] as const) {
  test(`the self-check asks to check a trip valued like a cup of coffee, and explains the permission (${language})`, async ({
    page,
  }) => {
    const s = t[language];
    await openApp(page, '/self-check', language);
    await page.getByRole('button', { name: s.start, exact: true }).click();
    for (const [i, answer] of s.answers.entries()) {
      await page.getByRole('radio', { name: answer, exact: true }).check();
      await page
        .getByRole('button', { name: i < s.answers.length - 1 ? s.next : s.show, exact: true })
        .click();
    }
    const check = page.getByRole('region', { name: s.check });
    await expect(check).toBeVisible();
    await expect(page.getByText(s.permission)).toBeVisible();
    await expectNoAxeViolations(page, `self-check with a note (${language})`);

    await check.getByRole('button', { name: s.change }).click();
    await expect(page.getByRole('heading', { level: 2, name: s.value })).toBeFocused();
  });
}
