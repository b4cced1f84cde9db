import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '@/app/app';
import { matchPageRoute } from '@/app/routes';
import { loadCatalogue } from '@/lib/content';
import { changeLanguage, initI18n } from '@/lib/i18n';
import { useAppStore } from '@/store/store';
import { syncTabs } from '@/store/sync-tabs';
import '@/styles/global.css';

async function start() {
  const language = useAppStore.getState().settings.language;
  // Fetch the first page's code, strings and the catalogue at once, not one after another.
  const route = matchPageRoute(location.hash.replace(/^#/, '').split('?')[0] ?? '/');
  void route?.load().catch(() => undefined);
  void loadCatalogue(language).catch(() => undefined);
  await initI18n(language, route ? [route.ns] : []);

  syncTabs(useAppStore);
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
