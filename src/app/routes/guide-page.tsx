import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeading } from '@/components/ui/page-heading';
import { Button } from '@/components/ui/button';
import { paths } from '@/lib/paths';
import { AnswerKey } from '@/features/trainer/answer-key';
import { DilemmaPlan } from '@/features/trainer/dilemma-plan';
import { FourQuestionsSlide } from '@/features/trainer/four-questions-slide';
import { SessionAgenda } from '@/features/trainer/session-agenda';
import { TrainerNotice } from '@/features/trainer/trainer-notice';
import { useOpenDetailsForPrint } from '@/features/trainer/use-open-details-for-print';
import { usePrintPart } from '@/features/trainer/use-print-part';

/**
 * The trainer's guide: a 30-minute session plan, the dilemmas to choose from, the four questions
 * as a slide, and the answer key for every module. Each prints on its own.
 */
export default function GuidePage() {
  const { t } = useTranslation('trainer');
  const page = useRef<HTMLDivElement>(null);
  const { part, print } = usePrintPart();
  useOpenDetailsForPrint(page);
  return (
    <div ref={page} className="page page--reading guide-page" data-print={part}>
      <nav aria-label={t('breadcrumb')} className="breadcrumb">
        <Link to={paths.trainer()}>{t('title')}</Link>
      </nav>
      <PageHeading>{t('guide.title')}</PageHeading>
      <TrainerNotice />
      <p className="lead">{t('guide.intro')}</p>
      <p>{t('guide.printNote')}</p>
      <div className="actions">
        <Button onClick={() => print('plan')}>{t('guide.print')}</Button>
        <Button variant="secondary" onClick={() => print('slide')}>
          {t('guide.printSlide')}
        </Button>
      </div>
      <SessionAgenda />
      <DilemmaPlan />
      <FourQuestionsSlide />
      <AnswerKey onPrint={() => print('key')} />
    </div>
  );
}
