import { HashRouter } from 'react-router';
import { AppRoutes } from './routes';

/**
 * Hash routing: the app runs from any sub-path of any static server, with no
 * rewrite rules, and inside an LMS frame (docs/decisions/0001-routing.md).
 */
export function App() {
  return (
    <HashRouter>
      <AppRoutes />
    </HashRouter>
  );
}
