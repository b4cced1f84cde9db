/**
 * Shared test helpers for components: i18next with the real UI strings, and a
 * render that wraps the page in a router and a Suspense boundary.
 */
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { type ReactElement, Suspense } from 'react';
import { initReactI18next } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import type { Language } from '@/config/languages';

const files = import.meta.glob<{ default: Record<string, unknown> }>('../../src/locales/*/*.json', {
  eager: true,
});

const resources: Record<string, Record<string, Record<string, unknown>>> = {};
for (const [path, module] of Object.entries(files)) {
  const [, language, namespace] = /locales\/(\w+)\/(\w+)\.json$/.exec(path)!;
  (resources[language!] ??= {})[namespace!] = module.default;
}

/** Starts (or switches) i18next in `language` with every namespace's real strings. */
export async function setupI18n(language: Language = 'sv') {
  if (!i18next.isInitialized) {
    await i18next.use(initReactI18next).init({
      lng: language,
      resources,
      ns: Object.keys(resources.sv ?? {}),
      defaultNS: 'common',
      fallbackLng: false,
      interpolation: { escapeValue: false },
      react: { useSuspense: false },
    });
  } else if (i18next.language !== language) {
    await i18next.changeLanguage(language);
  }
  return i18next;
}

/** Renders `ui` at `route` inside a router, with a user-event instance. */
export function renderWithRouter(
  ui: ReactElement,
  { route = '/', state }: { route?: string; state?: unknown } = {},
) {
  const user = userEvent.setup();
  const result = render(
    <MemoryRouter initialEntries={[{ pathname: route, state }]}>
      <Suspense fallback={<p>loading</p>}>{ui}</Suspense>
    </MemoryRouter>,
  );
  return { user, ...result };
}
