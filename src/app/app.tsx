import type { ComponentType, ReactNode } from 'react';
import { HashRouter } from 'react-router';
import { AppError } from './app-error';
import { ErrorBoundary } from './error-boundary';
import { AppRoutes } from './routes';

interface AppProps {
  /** The router; the build-time render of the start page passes a static one (src/prerender.tsx). */
  router?: ComponentType<{ children: ReactNode }>;
}

/**
 * Hash routing: the app runs from any sub-path of any static server, with no
 * rewrite rules, and inside an LMS frame (docs/decisions/0001-hash-routing.md).
 */
export function App({ router: AppRouter = HashRouter }: AppProps) {
  return (
    <ErrorBoundary fallback={<AppError />}>
      <AppRouter>
        <AppRoutes />
      </AppRouter>
    </ErrorBoundary>
  );
}
