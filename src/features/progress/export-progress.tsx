import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { persistedPart } from '@/store/persisted-fields';
import { useAppStore } from '@/store/store';
import { Button } from '@/components/ui/button';
import { downloadProgress } from './export-file';

/** Downloads everything the learner owns as a file they can import elsewhere. */
export function ExportProgress() {
  const { t } = useTranslation('progress');
  const [file, setFile] = useState<string | null>(null);
  return (
    <section aria-labelledby="export-heading">
      <h3 id="export-heading">{t('move.exportHeading')}</h3>
      <p>{t('move.exportHint')}</p>
      <Button onClick={() => setFile(downloadProgress(persistedPart(useAppStore.getState())))}>
        {t('move.export')}
      </Button>
      <p role="status" className="move-status">
        {file && t('move.exported', { file })}
      </p>
    </section>
  );
}
