import { screen } from '@testing-library/react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { EmployerInfo } from '@/components/ui/employer-info';
import type { Organisation } from '@/types/content';
import { renderWithRouter, setupI18n } from '../render';

const settings = vi.hoisted(() => ({ current: {} as Organisation }));
vi.mock('@/hooks/use-organisation', () => ({ useOrganisation: () => settings.current }));

beforeAll(() => setupI18n('sv'));

describe('EmployerInfo', () => {
  it('links to the organisation’s policy and reporting channel when they are set', () => {
    settings.current = {
      name: 'Region Exempel',
      policyUrl: 'https://intranat.example.se/policy',
      reporting: { url: 'https://visselblasning.example.se/', phone: '010-123 45 67' },
      contact: { name: 'Anna Andersson', email: 'anna@example.se' },
    };
    renderWithRouter(<EmployerInfo />);
    expect(screen.getByRole('heading', { name: 'Hos Region Exempel' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /policy mot korruption/ })).toHaveAttribute(
      'href',
      'https://intranat.example.se/policy',
    );
    expect(screen.getByRole('link', { name: /rapporteringskanalen/ })).toHaveAttribute(
      'href',
      'https://visselblasning.example.se/',
    );
    expect(screen.getByRole('link', { name: '010-123 45 67' })).toHaveAttribute(
      'href',
      'tel:0101234567',
    );
    expect(screen.getByRole('link', { name: 'anna@example.se' })).toHaveAttribute(
      'href',
      'mailto:anna@example.se',
    );
  });

  it('tells the learner what to look for when nothing is set', () => {
    settings.current = {};
    renderWithRouter(<EmployerInfo />);
    expect(screen.getByRole('heading', { name: 'Hos din arbetsgivare' })).toBeInTheDocument();
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
    expect(screen.getByText(/Leta upp din arbetsgivares policy/)).toBeInTheDocument();
    expect(screen.getByText(/intern rapporteringskanal/)).toBeInTheDocument();
  });

  it('never turns a script address into a link', () => {
    settings.current = { policyUrl: 'javascript:alert(1)' };
    renderWithRouter(<EmployerInfo />);
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
  });
});
