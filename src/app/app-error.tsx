import { RecoveryPanel } from '@/components/recovery/recovery-panel';
import { useRecoveryText } from '@/components/recovery/recovery-text';
import { Button } from '@/components/ui/button';

/**
 * The last resort when the app itself fails (for example a chunk that cannot be
 * loaded after a redeploy, or a page that throws on what is saved): a plain page
 * with a way out: reload, download what is saved, bring back a backup or start
 * again. It needs no router and, if the strings failed to load, none of them.
 */
export function AppError() {
  const text = useRecoveryText();
  return (
    <main className="site-main page page--narrow">
      <h1>{text('error.title')}</h1>
      <p>{text('error.body')}</p>
      <p>
        <Button variant="primary" onClick={() => location.reload()}>
          {text('error.reload')}
        </Button>
      </p>
      <RecoveryPanel />
    </main>
  );
}
