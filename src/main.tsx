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
  useAppStore.subscribe((state, previous) => {
    if (state.settings.language !== previous.settings.language) {
      void changeLanguage(state.settings.language);
    }
  });
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

void start();
