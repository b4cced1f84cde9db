import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '@/components/ui/loading';
import { PageHeading } from '@/components/ui/page-heading';
import { SourceList } from '@/components/ui/source-list';
import { useCatalogue } from '@/hooks/use-content';
import { useLanguage } from '@/hooks/use-language';
import { formatDate } from '@/lib/i18n';

export default function AboutPage() {
  const { t } = useTranslation('about');
  const { course } = useCatalogue();
  const language = useLanguage();
  return (
    <div className="page page--reading">
      <PageHeading>{t('title')}</PageHeading>
      <p className="lead">{t('intro')}</p>
      <dl className="facts">
        <dt>{t('version')}</dt>
        <dd>{course.version}</dd>
        <dt>{t('lawChecked')}</dt>
        <dd>{formatDate(course.lawCheckedDate, language)}</dd>
      </dl>
      <h2>{t('privacyHeading')}</h2>
      <p>{import.meta.env.MODE === 'scorm' ? t('privacyLms') : t('privacy')}</p>
      <h2>{t('sourcesHeading')}</h2>
      <p>{t('sourcesIntro')}</p>
      <Suspense fallback={<Loading />}>
        <SourceList />
      </Suspense>
    </div>
  );
}
