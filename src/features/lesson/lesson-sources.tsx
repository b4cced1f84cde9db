import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '@/components/ui/loading';
import { SourceList } from '@/components/ui/source-list';

/** The page's sources, one click away. */
export function LessonSources({ sourceIds }: { sourceIds: string[] }) {
  const { t } = useTranslation('lesson');
  if (sourceIds.length === 0) return null;
  return (
    <details className="sources">
      <summary>{t('sources', { count: sourceIds.length })}</summary>
      <Suspense fallback={<Loading />}>
        <SourceList ids={sourceIds} />
      </Suspense>
    </details>
  );
}
