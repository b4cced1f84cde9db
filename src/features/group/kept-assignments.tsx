import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button } from '@/components/ui/button';
import { localDate } from '@/lib/local-date';
import { paths } from '@/lib/paths';
import type { TrainerGroup } from './trainer-schema';
import { useTrainerStore } from './trainer-store';
import type { ResultsRequest } from './results-request';

/** An assignment made in this browser: a kept group with its link. */
export type MadeAssignment = TrainerGroup & { link: NonNullable<TrainerGroup['link']> };

interface KeptAssignmentsProps {
  /** Shows the assignment's link, QR code and handout again (the page decides where). */
  onShow: (assignment: MadeAssignment) => void;
}

/** "Dina uppdrag": the assignments made in this browser, the newest first. */
export function KeptAssignments({ onShow }: KeptAssignmentsProps) {
  const { t } = useTranslation('assignment');
  const groups = useTrainerStore((s) => s.groups);
  const made = useMemo(
    () =>
      Object.values(groups)
        .filter((g): g is MadeAssignment => g.link !== undefined)
        .sort((a, b) => b.link.createdAt - a.link.createdAt),
    [groups],
  );
  return (
    <section aria-labelledby="kept-assignments-heading" className="kept-assignments">
      <h2 id="kept-assignments-heading">{t('kept.mine.heading')}</h2>
      {made.length === 0 ? (
        <p>{t('kept.mine.empty')}</p>
      ) : (
        <>
          <p>{t('kept.mine.intro')}</p>
          <ul className="kept-assignments__list">
            {made.map((assignment) => (
              <li key={assignment.assignmentId}>
                <h3>{assignment.title}</h3>
                <p>
                  {t('kept.mine.made', { date: localDate(assignment.link.createdAt) })}.{' '}
                  {assignment.due
                    ? t('kept.mine.due', { date: assignment.due })
                    : t('kept.mine.noDue')}
                  . {t('kept.mine.receipts', { count: assignment.receipts.length })}.
                </p>
                <div className="actions">
                  <Button variant="secondary" onClick={() => onShow(assignment)}>
                    {t('kept.mine.show', { title: assignment.title })}
                  </Button>
                  <Link
                    to={paths.trainerResults()}
                    state={{ assignmentId: assignment.assignmentId } satisfies ResultsRequest}
                  >
                    {t('kept.mine.results', { title: assignment.title })}
                  </Link>
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
