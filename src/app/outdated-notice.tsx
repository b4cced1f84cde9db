import { useTranslation } from 'react-i18next';
import { useStorageStatus } from '@/store/storage-status';
import { useUpdateStatus } from './update-status';
import { Button } from '@/components/ui/button';

/**
 * Shown once a newer version of the app has saved the progress: this page saves
 * nothing more, and the learner is asked to reload (through the waiting update,
 * when the service worker holds one, so the reload brings the newer version).
 * An alert, as it may appear while the learner works.
 */
export function OutdatedNotice() {
  const { t } = useTranslation('common');
  const outdated = useStorageStatus((s) => s.outdated);
  const applyUpdate = useUpdateStatus((s) => s.applyUpdate);
  // An alert is announced when it appears, so it is rendered only then.
  if (!outdated) return null;
  return (
    <div role="alert" className="notices">
      <div className="notice notice--danger">
        <p>
          <strong>{t('storage.outdated.title')}</strong> {t('storage.outdated.body')}
        </p>
        <Button variant="primary" onClick={() => (applyUpdate ? applyUpdate() : location.reload())}>
          {t('storage.outdated.action')}
        </Button>
      </div>
    </div>
  );
}
