import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '@/app/app';
import { matchPageRoute, preloadPage } from '@/app/routes';
import { isModuleId, loadCatalogue, loadModule } from '@/lib/content';
import { changeLanguage, initI18n } from '@/lib/i18n';
import { useAppStore } from '@/store/store';
import '@/styles/index.css';

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
  createRoot(document.getElementById('root')!, {
    // A page's error boundary shows the learner what happened; the console is for development.
    onCaughtError: (error, info) => {
      if (import.meta.env.DEV) console.error(error, info.componentStack);
    },
  }).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
  if (import.meta.env.PROD && import.meta.env.MODE !== 'scorm') {
    void import('@/app/offline').then((offline) => offline.registerOffline());
  }
}

void start();
