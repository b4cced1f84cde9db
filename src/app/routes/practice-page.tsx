import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '@/components/ui/loading';
import { PageHeading } from '@/components/ui/page-heading';
import { ButtonLink } from '@/components/ui/button-link';
import { useCatalogue } from '@/hooks/use-content';
import { useProgress } from '@/hooks/use-progress';
import { paths } from '@/lib/paths';
import { moduleStatus } from '@/domain/module-status';
import { useAppStore } from '@/store/store';
import { PracticeSession } from '@/features/practice/practice-session';

/** Practice mode: retake the decisions of the dilemmas until the judgement is automatic. */
export default function PracticePage() {
  const { t } = useTranslation('practice');
  const catalogue = useCatalogue();
  const progress = useProgress();
  const started = catalogue.modules
    .filter((m) => moduleStatus(m, progress) !== 'not-started')
    .map((m) => m.id);
  // The intro belongs to the start of a round, not above each of its decisions.
  const inRound = useAppStore((s) => s.practiceRound !== undefined);

  return (
    <div className="page page--reading practice">
      <PageHeading>{t('title')}</PageHeading>
      {!inRound && <p className="lead">{t('intro')}</p>}
      {started.length === 0 ? (
        <div className="practice-empty">
          <p>{t('notStarted')}</p>
          <p>
            <ButtonLink variant="primary" to={paths.home()}>
              {t('toCourse')}
            </ButtonLink>
          </p>
        </div>
      ) : (
        <Suspense fallback={<Loading />}>
          <PracticeSession moduleIds={started} />
        </Suspense>
      )}
    </div>
  );
}
