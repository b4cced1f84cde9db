import type { ReactNode } from 'react';
import { createPath, type Navigator, Router } from 'react-router';

/** Links as the hash router writes them: `#/progress`, with no <base> (HashRouter's own rule). */
const staticNavigator: Navigator = {
  createHref: (to) => `#${typeof to === 'string' ? to : createPath(to)}`,
  go: () => undefined,
  push: () => undefined,
  replace: () => undefined,
};

/**
 * The hash router at the start page, for the build-time render (src/prerender.tsx): the same
 * links as HashRouter in the browser, so the page hydrates with no difference.
 */
export function StaticHashRouter({ children }: { children: ReactNode }) {
  return (
    <Router location="/" navigator={staticNavigator} static>
      {children}
    </Router>
  );
}
