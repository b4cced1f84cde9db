import { useTranslation } from 'react-i18next';
import { BackupList } from '@/components/recovery/backup-list';
import { ExportProgress } from './export-progress';
import { ImportProgress } from './import-progress';
import { ResetProgress } from './reset-progress';

/** Export, import and delete: moving progress between devices, or starting over, and back. */
export function MoveProgress() {
  const { t } = useTranslation('progress');
  return (
    <section aria-labelledby="move-heading" className="move-progress">
      <h2 id="move-heading">{t('move.heading')}</h2>
      <p>{t('move.intro')}</p>
      <ExportProgress />
      <ImportProgress />
      <ResetProgress />
      <BackupList headingLevel={3} />
    </section>
  );
}
