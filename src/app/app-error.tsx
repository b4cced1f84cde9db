import i18next from 'i18next';
import { Button } from '@/components/ui/button';

/**
 * The last resort when the app itself fails (for example a chunk that cannot be
 * loaded after a redeploy): a plain page with a way out. It uses i18next
 * directly, with built-in wording, since the failure may be in loading strings.
 */
export function AppError() {
  const t = (key: 'error.title' | 'error.body' | 'error.reload', fallback: string) =>
    i18next.isInitialized && i18next.exists(`common:${key}`)
      ? i18next.t(key, { ns: 'common' })
      : fallback;
  return (
    <main className="site-main page page--narrow">
      <h1>{t('error.title', 'Något gick fel')}</h1>
      <p>
        {t('error.body', 'Sidan kunde inte visas. Dina sparade resultat är kvar. Ladda om sidan.')}
      </p>
      <p>
        <Button variant="primary" onClick={() => location.reload()}>
          {t('error.reload', 'Ladda om sidan')}
        </Button>
      </p>
    </main>
  );
}
