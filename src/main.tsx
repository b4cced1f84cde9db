import { type ReactNode, StrictMode, useEffect } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from '@/app/app';
import { matchPageRoute, preloadPage } from '@/app/routes';
import {
  PRERENDER_OFF_ATTRIBUTE,
  PRERENDERED_ATTRIBUTE,
  showsPrerendered,
} from '@/config/first-paint';
import { SOURCE_LANGUAGE } from '@/config/languages';
import { isModuleId, loadCatalogue, loadModule } from '@/lib/content';
import { changeLanguage, initI18n } from '@/lib/i18n';
import { STORAGE_KEY } from '@/store/safe-storage';
import { useAppStore } from '@/store/store';
import '@/styles/index.css';

/**
 * Whether `#root` holds the start page rendered at build time and it is the page to show: the
 * inline script in <head> let it paint, and the same rule still says so now (src/config/first-paint.ts).
 */
function isPrerenderedPageShown(root: HTMLElement): boolean {
  if (!root.hasAttribute(PRERENDERED_ATTRIBUTE)) return false;
  if (document.documentElement.getAttribute(PRERENDER_OFF_ATTRIBUTE) === 'off') return false;
  let stored = false;
  try {
    stored = localStorage.getItem(STORAGE_KEY) !== null;
  } catch {
    // No storage: a first visit, as far as this page can tell.
  }
  const language = useAppStore.getState().settings.language;
  return showsPrerendered(location.hash, stored, language, SOURCE_LANGUAGE);
}

/** Calls `onStart` once its children are on the page (for hydration: once it has committed). */
function Started({ onStart, children }: { onStart: () => void; children: ReactNode }) {
  useEffect(onStart, [onStart]);
  return children;
}

async function start() {
  // The store already listens to the other tabs (it does from the moment it exists), so a
  // reset or save made elsewhere while this tab loads is taken in, not written over.
  const language = useAppStore.getState().settings.language;
  // Fetch the first page's code, strings and the catalogue at once, and render when all are
  // here: one paint of the whole page rather than a header and then the page, in steps.
  const path = location.hash.replace(/^#/, '').split('?')[0] ?? '/';
  const route = matchPageRoute(path);
  const moduleId = /^\/modules\/([^/]+)/.exec(path)?.[1];
  await Promise.allSettled([
    route && preloadPage(route),
    loadCatalogue(language),
    moduleId && isModuleId(moduleId) && loadModule(moduleId, language),
    initI18n(language, route ? [route.ns] : []),
  ]);

  if (import.meta.env.MODE === 'scorm') {
    // Inside an LMS: report to it and keep progress in its suspend data (src/lms/).
    const { connectLms } = await import('@/lms/connect');
    await connectLms(useAppStore);
  }
  useAppStore.subscribe((state, previous) => {
    if (state.settings.language !== previous.settings.language) {
      void changeLanguage(state.settings.language);
    }
  });
  // The LMS may have brought back another language (the learner's preference there, or progress
  // saved on another computer): start in it.
  await changeLanguage(useAppStore.getState().settings.language);
  const root = document.getElementById('root')!;
  // A page's error boundary shows the learner what happened; the console is for development.
  const onCaughtError = (error: unknown, info: { componentStack?: string }) => {
    if (import.meta.env.DEV) console.error(error, info.componentStack);
  };
  // The page is the app's from here on; while the attribute is there, it is the build's markup.
  const started = () => root.removeAttribute(PRERENDERED_ATTRIBUTE);
  if (isPrerenderedPageShown(root)) {
    // Everything the page needs is loaded, so the first render is the build's, to the letter.
    hydrateRoot(
      root,
      <StrictMode>
        <Started onStart={started}>
          <App />
        </Started>
      </StrictMode>,
      { onCaughtError },
    );
  } else {
    // Not the right page (kept hidden by the first-paint script): out before anything shows.
    root.replaceChildren();
    started();
    createRoot(root, { onCaughtError }).render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
  }
  if (import.meta.env.PROD && import.meta.env.MODE !== 'scorm') {
    void import('@/app/offline').then((offline) => offline.registerOffline());
  }
}

void start();
