import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { useUpdateStatus } from './update-status';

/** Offers a waiting new version; it is applied only when the learner says so. */
export function UpdateNotice() {
  const { t } = useTranslation('common');
  const applyUpdate = useUpdateStatus((s) => s.applyUpdate);
  if (!applyUpdate) return null;
  return (
    <div className="notice notice--info">
      <p>
        <strong>{t('update.title')}</strong> {t('update.body')}
      </p>
      <Button variant="primary" onClick={applyUpdate}>
        {t('update.action')}
      </Button>
    </div>
  );
}
