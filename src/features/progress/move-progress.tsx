import { useTranslation } from 'react-i18next';
import { ExportProgress } from './export-progress';
import { ImportProgress } from './import-progress';
import { ResetProgress } from './reset-progress';

/** Export, import and delete: moving progress between devices, or starting over. */
export function MoveProgress() {
  const { t } = useTranslation('progress');
  return (
    <section aria-labelledby="move-heading" className="move-progress">
      <h2 id="move-heading">{t('move.heading')}</h2>
      <p>{t('move.intro')}</p>
      <ExportProgress />
      <ImportProgress />
      <ResetProgress />
    </section>
  );
}
