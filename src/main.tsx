import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '@/app/app';
import { changeLanguage, initI18n } from '@/lib/i18n';
import { useAppStore } from '@/store/store';
import { syncTabs } from '@/store/sync-tabs';
import '@/styles/global.css';

async function start() {
  await initI18n(useAppStore.getState().settings.language);
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
