import { useTranslation } from 'react-i18next';
import { PageHeading } from '@/components/ui/page-heading';
import { useCatalogue } from '@/hooks/use-content';
import { useProgress } from '@/hooks/use-progress';
import { CertificateLine } from '@/features/progress/certificate-line';
import { ModuleOverview } from '@/features/progress/module-overview';
import { MoveProgress } from '@/features/progress/move-progress';
import { QuizHistory } from '@/features/progress/quiz-history';

export default function ProgressPage() {
  const { t } = useTranslation('progress');
  const catalogue = useCatalogue();
  const progress = useProgress();

  return (
    <div className="page">
      <PageHeading>{t('title')}</PageHeading>
      <p className="lead">{t('intro')}</p>
      <CertificateLine modules={catalogue.modules} quizzes={progress.quizzes} />
      <ModuleOverview modules={catalogue.modules} progress={progress} />
      <QuizHistory modules={catalogue.modules} quizzes={progress.quizzes} />
      <MoveProgress />
    </div>
  );
}
