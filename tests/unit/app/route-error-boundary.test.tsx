import { screen } from '@testing-library/react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { Link, Route, Routes } from 'react-router';
import { RouteErrorBoundary } from '@/app/route-error-boundary';
import { renderWithRouter, setupI18n } from '../render';

beforeAll(() => setupI18n('sv'));

function Broken(): never {
  throw new Error('boom');
}

describe('a route’s error boundary', () => {
  it('shows a friendly message with a way back, and the rest of the app keeps working', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { user } = renderWithRouter(
      <>
        <nav>
          <Link to="/ok">Till en sida som fungerar</Link>
        </nav>
        <Routes>
          <Route
            path="/broken"
            element={
              <RouteErrorBoundary>
                <Broken />
              </RouteErrorBoundary>
            }
          />
          <Route
            path="/ok"
            element={
              <RouteErrorBoundary>
                <h1>Allt fungerar</h1>
              </RouteErrorBoundary>
            }
          />
        </Routes>
      </>,
      { route: '/broken' },
    );
    expect(await screen.findByRole('heading', { name: 'Något gick fel' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Till startsidan' })).toBeInTheDocument();
    expect(screen.getByText(/Dina sparade resultat är kvar/)).toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: 'Till en sida som fungerar' }));
    expect(await screen.findByRole('heading', { name: 'Allt fungerar' })).toBeInTheDocument();
  });
});
