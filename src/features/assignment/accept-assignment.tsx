import { type FormEvent, useRef, useState } from 'react';
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
import { keptLearnerId, LearnerIdField, learnerIdProblem } from './learner-id-field';

/**
 * A valid assignment: what it asks, from whom, by when; accept it, or see that
 * it is already accepted. An assignment that identifies learners asks for the
 * learner's e-mail address or employee number first, and keeps it normalised.
 */
export function AcceptAssignment({ assignment }: { assignment: LinkedAssignment }) {
  const { t } = useTranslation('assignment');
  const catalogue = useCatalogue();
  const accepted = useAppStore((s) => Boolean(s.assignments[assignment.id]));
  const acceptAssignment = useAppStore((s) => s.acceptAssignment);
  const navigate = useNavigate();
  const kind = assignment.identifiedBy;
  const [learnerId, setLearnerId] = useState('');
  const [problem, setProblem] = useState<ReturnType<typeof learnerIdProblem>>(null);
  const field = useRef<HTMLInputElement>(null);

  const accept = (event: FormEvent) => {
    event.preventDefault();
    const now = Date.now();
    if (kind) {
      const found = learnerIdProblem(kind, learnerId);
      setProblem(found);
      if (found) {
        field.current?.focus();
        return;
      }
      acceptAssignment({
        ...assignment,
        acceptedAt: now,
        learnerId: keptLearnerId(kind, learnerId),
        learnerIdAt: now,
      });
    } else {
      acceptAssignment({ ...assignment, acceptedAt: now });
    }
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
        <form noValidate onSubmit={accept} className="assignment-accept__form">
          {kind && (
            <>
              <p>{t(`learnerId.asked.${kind}`)}</p>
              <LearnerIdField
                ref={field}
                id="accept-learner-id"
                kind={kind}
                value={learnerId}
                problem={problem}
                onChange={(value) => {
                  setLearnerId(value);
                  if (problem && !learnerIdProblem(kind, value)) setProblem(null);
                }}
              />
            </>
          )}
          <div className="actions">
            <Button variant="primary" type="submit">
              {t('accept.action')}
            </Button>
          </div>
        </form>
      )}
      <p className="muted">{t('accept.privacy')}</p>
    </div>
  );
}
