import { HashRouter } from 'react-router';
import { AppError } from './app-error';
import { ErrorBoundary } from './error-boundary';
import { AppRoutes } from './routes';

/**
 * Hash routing: the app runs from any sub-path of any static server, with no
 * rewrite rules, and inside an LMS frame (docs/decisions/0001-hash-routing.md).
 */
export function App() {
  return (
    <ErrorBoundary fallback={<AppError />}>
      <HashRouter>
        <AppRoutes />
      </HashRouter>
    </ErrorBoundary>
  );
}
