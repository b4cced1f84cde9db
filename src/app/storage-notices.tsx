import { useTranslation } from 'react-i18next';
import { DownloadSaved } from '@/components/recovery/download-saved';
import { paths } from '@/lib/paths';
import { useStorageStatus } from '@/store/storage-status';
import { OutdatedNotice } from './outdated-notice';
import { Button } from '@/components/ui/button';
import { ButtonLink } from '@/components/ui/button-link';
import { UpdateNotice } from './update-notice';

/**
 * Tells the learner, in plain words, when progress cannot be kept or was
 * recovered, and says what really happened: whether a copy was made, and
 * whether anything could be kept.
 */
export function StorageNotices() {
  const { t } = useTranslation('common');
  const health = useStorageStatus((s) => s.health);
  const recovered = useStorageStatus((s) => s.recovered);
  const dismiss = useStorageStatus((s) => s.dismissRecovered);
  return (
    <>
      <OutdatedNotice />
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
              {t(`storage.recovered.${recovered.problem}`)}{' '}
              {t(recovered.keptPart ? 'storage.recovered.keptPart' : 'storage.recovered.keptNone')}{' '}
              {recovered.backupKey
                ? t('storage.recovered.copied')
                : t('storage.recovered.notCopied')}
            </p>
            <p className="actions">
              {recovered.backupKey ? (
                <ButtonLink to={paths.progress()}>{t('storage.recovered.toBackups')}</ButtonLink>
              ) : (
                <DownloadSaved inLiveRegion />
              )}
              <Button variant="secondary" onClick={dismiss}>
                {t('storage.recovered.dismiss')}
              </Button>
            </p>
          </div>
        )}
      </div>
    </>
  );
}
