import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PageHeading } from '@/components/ui/page-heading';
import { Button } from '@/components/ui/button';
import { ButtonLink } from '@/components/ui/button-link';
import { useCatalogue } from '@/hooks/use-content';
import type { LinkedAssignment } from './assignment-draft';
import { paths } from '@/lib/paths';
import { useAppStore } from '@/store/store';
import { AssignmentFacts } from './assignment-facts';

/** A valid assignment: what it asks, from whom, by when; accept it, or see that it is already accepted. */
export function AcceptAssignment({ assignment }: { assignment: LinkedAssignment }) {
  const { t } = useTranslation('assignment');
  const catalogue = useCatalogue();
  const accepted = useAppStore((s) => Boolean(s.assignments[assignment.id]));
  const acceptAssignment = useAppStore((s) => s.acceptAssignment);
  const navigate = useNavigate();

  const accept = () => {
    acceptAssignment({ ...assignment, acceptedAt: Date.now() });
    navigate(paths.myAssignments());
  };

  return (
    <div className="page page--narrow assignment-accept">
      <PageHeading>{t('accept.title')}</PageHeading>
      <p className="lead">{t('accept.intro')}</p>
      <article className="card assignment-accept__card" aria-labelledby="assignment-accept-title">
        <h2 id="assignment-accept-title">{assignment.title}</h2>
        <AssignmentFacts assignment={assignment} links="links" />
        <h3>{t('common.modules')}</h3>
        <ol>
          {assignment.modules.map((id) => (
            <li key={id}>{catalogue.modules.find((m) => m.id === id)?.title ?? id}</li>
          ))}
        </ol>
      </article>
      {accepted ? (
        <>
          <p className="assignment-accept__already">
            <span aria-hidden="true">✓ </span>
            {t('accept.already')}
          </p>
          <p>
            <ButtonLink variant="primary" to={paths.myAssignments()}>
              {t('accept.toMine')}
            </ButtonLink>
          </p>
        </>
      ) : (
        <div className="actions">
          <Button variant="primary" onClick={accept}>
            {t('accept.action')}
          </Button>
        </div>
      )}
      <p className="muted">{t('accept.privacy')}</p>
    </div>
  );
}
