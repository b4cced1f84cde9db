import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeading } from '@/components/ui/page-heading';
import { Button } from '@/components/ui/button';
import { paths } from '@/lib/paths';
import { AnswerKey } from '@/features/trainer/answer-key';
import { SessionAgenda } from '@/features/trainer/session-agenda';
import { useOpenDetailsForPrint } from '@/features/trainer/use-open-details-for-print';

/** The trainer's guide: a 30-minute session plan and the answer key for every module. */
export default function GuidePage() {
  const { t } = useTranslation('trainer');
  const page = useRef<HTMLDivElement>(null);
  useOpenDetailsForPrint(page);
  return (
    <div ref={page} className="page page--reading guide-page">
      <nav aria-label={t('breadcrumb')} className="breadcrumb">
        <Link to={paths.trainer()}>{t('title')}</Link>
      </nav>
      <PageHeading>{t('guide.title')}</PageHeading>
      <p className="lead">{t('guide.intro')}</p>
      <div className="actions">
        <Button onClick={() => window.print()}>{t('guide.print')}</Button>
      </div>
      <SessionAgenda />
      <AnswerKey />
    </div>
  );
}
