import { screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import SelfCheckPage from '@/app/routes/self-check-page';
import type { Assignment } from '@/store/schema';
import { useAppStore } from '@/store/store';
import { renderWithRouter, setupI18n } from '../render';

beforeAll(async () => {
  await setupI18n('sv');
});

afterEach(() => {
  useAppStore.setState({ assignments: {} });
});

const stepHeading = (number: number, question: RegExp | string) =>
  screen.getByRole('heading', {
    level: 2,
    name: new RegExp(
      `^Steg ${number} av 8 ${typeof question === 'string' ? question : question.source}`,
    ),
  });

/** Picks `label` in the step's radio group with the keyboard only, then presses Enter on the next button. */
async function answerByKeyboard(user: UserEvent, label: string) {
  const radios = screen.getAllByRole('radio');
  const target = screen.getByRole('radio', { name: label });
  const index = radios.indexOf(target);
  await user.tab();
  expect(radios).toContain(document.activeElement);
  if (index === 0) await user.keyboard(' ');
  else for (let i = 0; i < index; i++) await user.keyboard('{ArrowDown}');
  expect(target).toBeChecked();
  await user.tab();
  expect(screen.getByRole('button', { name: /^(Nästa|Visa resultatet)$/ })).toHaveFocus();
  await user.keyboard('{Enter}');
}

async function answerByClicking(user: UserEvent, labels: string[]) {
  for (const label of labels) {
    await user.click(screen.getByRole('radio', { name: label }));
    await user.click(screen.getByRole('button', { name: /^(Nästa|Visa resultatet)$/ }));
  }
}

const coffeeFromAColleague = [
  'En måltid eller en annan bjudning',
  'Symboliskt, som en kopp kaffe eller en penna',
  'En kollega eller min egen arbetsgivare',
  'Nej',
  'Som tack för mitt arbete, eller för att bygga en god relation',
  'Nej',
  'Det är tillåtet',
  'Det ser bra ut',
];

describe('the self-check', () => {
  it('is walked through by keyboard to a "decline" with the reasons and rules behind it', async () => {
    const { user } = renderWithRouter(<SelfCheckPage />, { route: '/self-check' });
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Har du blivit erbjuden något?',
    );
    expect(screen.getAllByText(/Inget sparas/)).not.toHaveLength(0);

    screen.getByRole('button', { name: 'Börja' }).focus();
    await user.keyboard('{Enter}');

    const walk: [RegExp | string, string][] = [
      ['Vad erbjuds du\\?', 'En måltid eller en annan bjudning'],
      [
        'Ungefär hur mycket är det värt\\?',
        'Märkbart, som en middag, en biljett eller en flaska vin',
      ],
      ['Vem erbjuder det\\?', 'En leverantör, eller någon som vill bli leverantör'],
      ['Är givaren med i en upphandling', 'Ja'],
      ['Varför får jag det\\?', 'Som tack för mitt arbete, eller för att bygga en god relation'],
      ['Behöver jag det i mitt arbete\\?', 'Nej'],
      ['Vad säger min arbetsgivare\\?', 'Jag vet inte'],
      ['Hur ser det ut utåt\\?', 'Det kan ifrågasättas'],
    ];
    for (const [index, [question, answer]] of walk.entries()) {
      expect(stepHeading(index + 1, question)).toHaveFocus();
      await answerByKeyboard(user, answer);
    }

    const verdict = screen.getByRole('heading', { level: 2, name: 'Tacka nej' });
    expect(verdict).toHaveFocus();
    expect(verdict).toHaveTextContent('✗');

    const reasons = within(screen.getByRole('region', { name: 'Därför' })).getAllByRole('listitem');
    expect(reasons.map((r) => r.textContent)).toEqual([
      'Givaren kan påverkas av dina beslut, till exempel i en upphandling eller ett ärende. Och förmånen är mer än symbolisk.',
    ]);

    const rules = screen.getByRole('region', { name: 'Reglerna bakom rådet' });
    expect(
      within(rules)
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent),
    ).toEqual(['Tagande av muta', 'Jäv', 'Näringslivskoden']);
    expect(rules).toHaveTextContent('Brottsbalken 10 kap. 5 a §');
    expect(rules).toHaveTextContent('Förvaltningslagen (2017:900) 16–18 §§');
    expect(rules).toHaveTextContent('Det finns ingen beloppsgräns.');

    const answers = screen.getByRole('region', { name: 'Ditt erbjudande och dina svar' });
    expect(answers).toHaveTextContent('Vad erbjuds du?En måltid eller en annan bjudning');
    expect(answers).toHaveTextContent('Hur ser det ut utåt?Det kan ifrågasättas');

    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    await user.click(screen.getByRole('button', { name: 'Skriv ut' }));
    expect(print).toHaveBeenCalledOnce();
  });

  it('asks kindly to check a trip valued as a cup of coffee, and goes back to the value', async () => {
    const { user } = renderWithRouter(<SelfCheckPage />, { route: '/self-check' });
    await user.click(screen.getByRole('button', { name: 'Börja' }));
    await answerByClicking(user, [
      'En resa eller en kurs',
      'Symboliskt, som en kopp kaffe eller en penna',
      'Någon annan',
      'Nej',
      'Som tack för mitt arbete, eller för att bygga en god relation',
      'Nej',
      'Det är tillåtet',
      'Det ser bra ut',
    ]);
    const check = screen.getByRole('region', { name: 'Stämmer dina svar?' });
    expect(check).toHaveTextContent(/resan eller kursen är värd lite/);
    await user.click(within(check).getByRole('button', { name: 'Ändra värdet' }));
    expect(stepHeading(2, 'Ungefär hur mycket är det värt\\?')).toHaveFocus();
    expect(
      screen.getByRole('radio', { name: 'Symboliskt, som en kopp kaffe eller en penna' }),
    ).toBeChecked();
    await user.click(screen.getByRole('radio', { name: 'Mycket, som en resa eller en dyr gåva' }));
    for (let n = 2; n <= 8; n++)
      await user.click(screen.getByRole('button', { name: /^(Nästa|Visa resultatet)$/ }));
    expect(screen.getByRole('heading', { level: 2, name: 'Fråga din chef först' })).toHaveFocus();
    expect(screen.queryByRole('region', { name: 'Stämmer dina svar?' })).toBeNull();
  });

  it('explains why the employer’s permission is not enough when it still says decline', async () => {
    const { user } = renderWithRouter(<SelfCheckPage />, { route: '/self-check' });
    await user.click(screen.getByRole('button', { name: 'Börja' }));
    await answerByClicking(user, [
      'En måltid eller en annan bjudning',
      'Märkbart, som en middag, en biljett eller en flaska vin',
      'En leverantör, eller någon som vill bli leverantör',
      'Ja',
      'Som tack för mitt arbete, eller för att bygga en god relation',
      'Nej',
      'Det är tillåtet',
      'Det ser bra ut',
    ]);
    expect(screen.getByRole('heading', { level: 2, name: 'Tacka nej' })).toHaveFocus();
    expect(screen.getByRole('region', { name: 'Därför' })).toHaveTextContent(
      /Din arbetsgivare tillåter det, men det räcker inte här\..*reglerna om mutbrott gäller ändå.*brottsbalken 10 kap\. 5 a §/,
    );
  });

  it('shows an error tied to the question when a step is left unanswered', async () => {
    const { user } = renderWithRouter(<SelfCheckPage />, { route: '/self-check' });
    await user.click(screen.getByRole('button', { name: 'Börja' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Nästa' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Välj ett svar för att gå vidare.');
    expect(screen.getByRole('group')).toHaveAccessibleDescription(
      /Välj ett svar för att gå vidare\./,
    );
    expect(stepHeading(1, 'Vad erbjuds du\\?')).toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: 'En gåva' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByRole('group')).not.toHaveAccessibleDescription(/Välj ett svar/);
    await user.click(screen.getByRole('button', { name: 'Nästa' }));
    expect(stepHeading(2, 'Ungefär hur mycket är det värt\\?')).toHaveFocus();
  });

  it('keeps an answer when going back, and forgets everything on "Börja om"', async () => {
    const { user } = renderWithRouter(<SelfCheckPage />, { route: '/self-check' });
    await user.click(screen.getByRole('button', { name: 'Börja' }));
    await answerByClicking(user, ['En gåva']);
    await user.click(screen.getByRole('button', { name: 'Tillbaka' }));
    expect(stepHeading(1, 'Vad erbjuds du\\?')).toHaveFocus();
    expect(screen.getByRole('radio', { name: 'En gåva' })).toBeChecked();

    await user.click(screen.getByRole('button', { name: 'Nästa' }));
    await answerByClicking(user, coffeeFromAColleague.slice(1));
    expect(screen.getByRole('heading', { level: 2, name: 'Troligen godtagbart' })).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Börja om' }));
    expect(stepHeading(1, 'Vad erbjuds du\\?')).toHaveFocus();
    expect(screen.getByRole('radio', { name: 'En gåva' })).not.toBeChecked();

    await user.click(screen.getByRole('button', { name: 'Tillbaka' }));
    expect(screen.getByRole('heading', { level: 2, name: 'Så går det till' })).toHaveFocus();
  });

  it('asks the manager first when the learner does not know what the employer says', async () => {
    const { user } = renderWithRouter(<SelfCheckPage />, { route: '/self-check' });
    await user.click(screen.getByRole('button', { name: 'Börja' }));
    const answers = [...coffeeFromAColleague];
    answers[6] = 'Jag vet inte';
    await answerByClicking(user, answers);
    expect(screen.getByRole('heading', { level: 2, name: 'Fråga din chef först' })).toHaveFocus();
    expect(screen.getByRole('region', { name: 'Därför' })).toHaveTextContent(
      'Du vet inte vad din arbetsgivare säger.',
    );
  });
});

describe("the employer's policy in the result", () => {
  const assignment: Assignment = {
    id: 'a1',
    title: 'Mutkollen 2026',
    organisation: 'Exempelkommunen',
    contact: '',
    modules: ['what-is-corruption'],
    passMark: 0.8,
    policyUrl: 'https://intranat.example.se/policy-mot-mutor',
    reportingUrl: 'javascript:alert(1)',
    acceptedAt: 1,
  };

  async function reachResult() {
    const { user } = renderWithRouter(<SelfCheckPage />, { route: '/self-check' });
    await user.click(screen.getByRole('button', { name: 'Börja' }));
    await answerByClicking(user, coffeeFromAColleague);
    return screen.getByRole('region', { name: 'Din arbetsgivares regler' });
  }

  it('links to the policy of an accepted assignment, and never links a non-http address', async () => {
    useAppStore.setState({ assignments: { a1: assignment } });
    const section = await reachResult();
    expect(section).toHaveTextContent('Från uppdraget Mutkollen 2026 (Exempelkommunen):');
    const link = within(section).getByRole('link', { name: /Policy mot mutor och korruption/ });
    expect(link).toHaveAttribute('href', 'https://intranat.example.se/policy-mot-mutor');
    expect(within(section).getAllByRole('link')).toHaveLength(1);
    expect(section).toHaveTextContent('Intern rapporteringskanal: javascript:alert(1)');
  });

  it('tells the learner where to look when neither the organisation nor an assignment names a policy', async () => {
    const section = await reachResult();
    expect(within(section).queryByRole('link')).not.toBeInTheDocument();
    expect(section).toHaveTextContent('Leta upp din arbetsgivares policy mot mutor och korruption');
  });
});
