import { useTranslation } from 'react-i18next';
import { useStorageStatus } from '@/store/storage-status';
import { Button } from '@/components/ui/button';
import { UpdateNotice } from './update-notice';

/** Tells the learner, in plain words, when progress cannot be kept or was recovered. */
export function StorageNotices() {
  const { t } = useTranslation('common');
  const health = useStorageStatus((s) => s.health);
  const recovered = useStorageStatus((s) => s.recovered);
  const dismiss = useStorageStatus((s) => s.dismissRecovered);
  return (
    <div className="notices" role="status">
      <UpdateNotice />
      {health !== 'ok' && (
        <div className="notice notice--warning">
          <p>
            <strong>{t(`storage.${health}.title`)}</strong> {t(`storage.${health}.body`)}
          </p>
        </div>
      )}
      {recovered && (
        <div className="notice notice--warning">
          <p>
            <strong>{t('storage.recovered.title')}</strong>{' '}
            {t(`storage.recovered.${recovered.problem}`)} {t('storage.recovered.body')}
          </p>
          <Button variant="secondary" onClick={dismiss}>
            {t('storage.recovered.dismiss')}
          </Button>
        </div>
      )}
    </div>
  );
}
