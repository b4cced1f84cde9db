import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { Button } from '@/components/ui/button';
import { ButtonLink } from '@/components/ui/button-link';

describe('Button and ButtonLink', () => {
  it('is a plain button that never submits unless told to', () => {
    render(
      <form>
        <Button>Skriv ut</Button>
        <Button type="submit" variant="primary">
          Spara
        </Button>
      </form>,
    );
    expect(screen.getByRole('button', { name: 'Skriv ut' })).toHaveAttribute('type', 'button');
    expect(screen.getByRole('button', { name: 'Skriv ut' })).toHaveClass('button', { exact: true });
    const save = screen.getByRole('button', { name: 'Spara' });
    expect(save).toHaveAttribute('type', 'submit');
    expect(save).toHaveClass('button button--primary', { exact: true });
  });

  it('is a link that looks like a button', () => {
    render(
      <MemoryRouter>
        <ButtonLink variant="secondary" to="/progress">
          Dina resultat
        </ButtonLink>
      </MemoryRouter>,
    );
    const link = screen.getByRole('link', { name: 'Dina resultat' });
    expect(link).toHaveAttribute('href', '/progress');
    expect(link).toHaveClass('button button--secondary', { exact: true });
  });
});
