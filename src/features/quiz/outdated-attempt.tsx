import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PageHeading } from '@/components/ui/page-heading';
import { Button } from '@/components/ui/button';
import { paths } from '@/lib/paths';
import { useAppStore } from '@/store/store';

/** Shown when the course was updated under an unfinished attempt. */
export function OutdatedAttempt({ moduleId, attemptId }: { moduleId: string; attemptId: string }) {
  const { t } = useTranslation('quiz');
  const discardQuizAttempt = useAppStore((s) => s.discardQuizAttempt);
  const navigate = useNavigate();
  return (
    <div className="page page--narrow">
      <PageHeading>{t('title')}</PageHeading>
      <div className="notice notice--warning" role="status">
        <p>{t('outdated')}</p>
        <Button
          variant="primary"
          onClick={() => {
            discardQuizAttempt(moduleId, attemptId);
            void navigate(paths.quiz(moduleId));
          }}
        >
          {t('startAgain')}
        </Button>
      </div>
    </div>
  );
}
