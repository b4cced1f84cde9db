import { screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  AccessibilityStatement,
  DIGG_REPORT_URL,
} from '@/features/accessibility/accessibility-statement';
import { type AccessibilityChecks, lastChecks } from '@/features/accessibility/checks';
import type { Language } from '@/config/languages';
import type { Organisation } from '@/types/content';
import { renderWithRouter, setupI18n } from '../render';

const checks: AccessibilityChecks = {
  checkedOn: '2026-12-01',
  axeViolations: 0,
  axeRoutes: 19,
  axeStates: 8,
  keyboardSteps: 24,
  reflowRoutes: 9,
  lighthouseAccessibility: { 'start page': 100, lesson: 100 },
};

async function show(organisation: Organisation, language: Language = 'sv') {
  await setupI18n(language);
  return renderWithRouter(
    <AccessibilityStatement
      service="Mutkollen"
      organisation={organisation}
      checks={checks}
      language={language}
    />,
  );
}

const complete: Organisation = {
  name: 'Region Exempel',
  contact: { name: 'Anna Andersson', email: 'anna@example.se', phone: '010-123 45 68' },
};

describe('the accessibility statement', () => {
  beforeAll(() => setupI18n('sv'));

  it('names the organisation and the service, and says it is partly compliant', async () => {
    await show(complete);
    expect(
      screen.getByRole('heading', { level: 1, name: 'Tillgänglighetsredogörelse för Mutkollen' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/Region Exempel står bakom Mutkollen/)).toBeInTheDocument();
    expect(screen.getByText(/lagen \(2018:1937\)/)).toBeInTheDocument();
    expect(screen.getByText(/Mutkollen är delvis förenlig/)).toBeInTheDocument();
  });

  it('states what the checks found, and when they ran', async () => {
    await show(complete);
    expect(
      screen.getByText(/axe-core hittade 0 brister .* på 19 sidor och 8 lägen/),
    ).toBeInTheDocument();
    expect(screen.getByText(/gav 2 av de viktigaste sidorna betyget 100/)).toBeInTheDocument();
    expect(
      screen.getByText(
        'Kursen kontrollerades senast 1 december 2026. Datumet sätts av projektets kvalitetsrapport när alla kontroller har körts.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText(/inte testat kursen med skärmläsare/)).toBeInTheDocument();
  });

  it('gives the contact from organisation.yaml for reporting a problem', async () => {
    await show(complete);
    const section = screen.getByText(/kan du kontakta oss/).parentElement!;
    expect(within(section).getByRole('link', { name: 'anna@example.se' })).toHaveAttribute(
      'href',
      'mailto:anna@example.se',
    );
    expect(within(section).getByRole('link', { name: 'Telefon: 010-123 45 68' })).toHaveAttribute(
      'href',
      'tel:0101234568',
    );
    expect(screen.queryByRole('heading', { name: 'Att fylla i för organisationen' })).toBeNull();
  });

  it('when the contact is missing, tells the learner where to turn and the organisation what to fill in', async () => {
    await show({});
    expect(screen.getByText(/har inte angett någon kontakt/)).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { name: 'Att fylla i för organisationen' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/content\/organisation\.yaml/)).toBeInTheDocument();
    expect(
      screen.getByText(/Organisationen som publicerar kursen står bakom Mutkollen/),
    ).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /@/ })).toBeNull();
  });

  it('links to Digg, the supervisory authority, for a complaint', async () => {
    await show(complete);
    expect(screen.getByText(/Myndigheten för digital förvaltning \(Digg\)/)).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: /Anmäl bristande tillgänglighet på Diggs webbplats/ }),
    ).toHaveAttribute('href', DIGG_REPORT_URL);
  });

  it('is there in English too', async () => {
    await show(complete, 'en');
    expect(
      screen.getByRole('heading', { level: 1, name: 'Accessibility statement for Mutkollen' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/is partially compliant/)).toBeInTheDocument();
    expect(screen.getByText(/last checked on 1 December 2026/)).toBeInTheDocument();
    await setupI18n('sv');
  });

  it('reads the figures of the last full check, with a real date', () => {
    expect(lastChecks.checkedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(lastChecks.axeRoutes).toBeGreaterThan(0);
  });
});
