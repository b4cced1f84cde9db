import { type ReactNode, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCatalogue } from '@/hooks/use-content';
import { useLanguage } from '@/hooks/use-language';
import { formatDate, formatPercent } from '@/lib/i18n';
import { paths } from '@/lib/paths';
import { localDate } from '@/lib/local-date';
import { Confirm } from '@/components/ui/confirm';
import { ButtonLink } from '@/components/ui/button-link';
import { MODULE_STATUS_MARK } from './module-status-mark';
import { assignmentProgress, isAfterDue, moduleStatus } from './receipt';
import type { Assignment } from '@/store/schema';
import { useAppStore } from '@/store/store';

/** Router state that asks the "my assignments" page to open one assignment's receipt. */
export interface ReceiptRequest {
  receiptFor: string;
}

interface AssignmentListProps {
  /** The level of each assignment's heading. */
  headingLevel: 2 | 3;
  /** What to show under each assignment about its receipt. */
  renderReceipt: (assignment: Assignment) => ReactNode;
  /** What to show when there is no assignment. */
  empty?: ReactNode;
}

const byDue = (a: Assignment, b: Assignment) =>
  (a.due ?? '9999') < (b.due ?? '9999')
    ? -1
    : (a.due ?? '9999') > (b.due ?? '9999')
      ? 1
      : a.acceptedAt - b.acceptedAt;

/**
 * The learner's accepted assignments, soonest due first: organisation, due
 * date (and "late"), how many modules are passed, links to the modules, and
 * a way to remove each one. Used by the start page and by "my assignments".
 */
export function AssignmentList({ headingLevel, renderReceipt, empty }: AssignmentListProps) {
  const { t } = useTranslation('assignment');
  const assignments = Object.values(useAppStore((s) => s.assignments)).sort(byDue);
  const removeAssignment = useAppStore((s) => s.removeAssignment);
  const [removed, setRemoved] = useState<string | null>(null);
  const status = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    if (removed) status.current?.focus();
  }, [removed]);

  return (
    <>
      <p ref={status} tabIndex={-1} role="status" className="assignment-status">
        {removed && t('card.removed', { title: removed })}
      </p>
      {assignments.length === 0 ? (
        empty
      ) : (
        <ul className="assignment-list">
          {assignments.map((assignment) => (
            <li key={assignment.id}>
              <AssignmentCard
                assignment={assignment}
                headingLevel={headingLevel}
                renderReceipt={renderReceipt}
                onRemove={() => {
                  setRemoved(assignment.title);
                  removeAssignment(assignment.id);
                }}
              />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

interface CardProps {
  assignment: Assignment;
  headingLevel: 2 | 3;
  renderReceipt: (assignment: Assignment) => ReactNode;
  onRemove: () => void;
}

function AssignmentCard({ assignment, headingLevel, renderReceipt, onRemove }: CardProps) {
  const { t } = useTranslation('assignment');
  const language = useLanguage();
  const catalogue = useCatalogue();
  const quizzes = useAppStore((s) => s.quizzes);
  const lessons = useAppStore((s) => s.modules);
  const [today] = useState(() => localDate(Date.now()));
  const progress = assignmentProgress(assignment, quizzes);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const headingId = `assignment-${assignment.id}`;
  const completedOn =
    progress.completedAt === undefined ? undefined : localDate(progress.completedAt);

  return (
    <article className="card assignment-card" aria-labelledby={headingId}>
      <Heading id={headingId} className="assignment-card__title">
        {assignment.title}
      </Heading>
      <ul className="meta">
        {assignment.organisation && (
          <li>{t('card.from', { organisation: assignment.organisation })}</li>
        )}
        {assignment.contact && <li>{t('card.contact', { contact: assignment.contact })}</li>}
        <li>
          {assignment.due
            ? t('card.due', { date: formatDate(assignment.due, language) })
            : t('common.noDue')}
          {!progress.complete && isAfterDue(assignment.due, today) && (
            <strong className="assignment-late">
              {' '}
              <span aria-hidden="true">⚠</span> {t('card.late')}
            </strong>
          )}
        </li>
        <li>{t('card.passMark', { percent: formatPercent(assignment.passMark, language) })}</li>
      </ul>
      <p className="assignment-card__progress">
        {completedOn && (
          <>
            <span aria-hidden="true">✓ </span>
            {isAfterDue(assignment.due, completedOn)
              ? t('card.doneLate', { date: formatDate(completedOn, language) })
              : t('card.doneOnTime', { date: formatDate(completedOn, language) })}
            {' · '}
          </>
        )}
        {t('card.progress', { passed: progress.passedCount, count: progress.modules.length })}
      </p>
      <ul
        className="assignment-modules"
        aria-label={t('card.modulesLabel', { title: assignment.title })}
      >
        {progress.modules.map((result) => {
          const module = catalogue.modules.find((m) => m.id === result.id);
          // As the receipt will say it: the trainer sees the same three states.
          const status = moduleStatus(result, quizzes[result.id], lessons[result.id]);
          return (
            <li key={result.id}>
              {module ? <Link to={paths.module(module.id)}>{module.title}</Link> : result.id}{' '}
              <span className={status === 'passed' ? 'status status--passed' : 'muted'}>
                <span aria-hidden="true">{MODULE_STATUS_MARK[status]}</span>{' '}
                {t(`card.status.${status}`)}
              </span>
              {result.bestScore !== undefined && (
                <span className="muted">
                  {' '}
                  ({t('card.best', { percent: formatPercent(result.bestScore, language) })})
                </span>
              )}
            </li>
          );
        })}
      </ul>
      {renderReceipt(assignment)}
      <RemoveAssignment title={assignment.title} onRemove={onRemove} />
    </article>
  );
}

/** "Remove", then a question and two answers; focus follows each step. */
function RemoveAssignment({ title, onRemove }: { title: string; onRemove: () => void }) {
  const { t } = useTranslation('assignment');
  return (
    <Confirm
      action={t('card.remove')}
      question={t('card.confirmRemove', { title })}
      confirm={t('card.confirm')}
      cancel={t('card.cancel')}
      onConfirm={onRemove}
      className="notice assignment-card__confirm"
      actionClassName="actions assignment-card__remove"
    />
  );
}

/** "Send receipt", to the receipt on "my assignments": there is one to send at any time. */
function ReceiptLink({ assignment }: { assignment: Assignment }) {
  const { t } = useTranslation('assignment');
  return (
    <p>
      <ButtonLink
        variant="primary"
        to={paths.myAssignments()}
        state={{ receiptFor: assignment.id } satisfies ReceiptRequest}
      >
        {t('card.sendReceipt')}
      </ButtonLink>
    </p>
  );
}

/**
 * The start page's panel of the learner's assignments. Shows nothing until
 * the learner has accepted one. Each assignment links to "my assignments",
 * where its receipt is made.
 */
export function AssignmentsPanel() {
  const { t } = useTranslation('assignment');
  const count = useAppStore((s) => Object.keys(s.assignments).length);
  // Stays once shown, so the "removed" message is still there after the last one goes.
  const [shown, setShown] = useState(count > 0);
  if (count > 0 && !shown) setShown(true);
  if (!shown) return null;

  return (
    <section className="assignments-panel" aria-labelledby="assignments-panel-heading">
      <h2 id="assignments-panel-heading">{t('panel.heading')}</h2>
      <AssignmentList
        headingLevel={3}
        renderReceipt={(assignment) => <ReceiptLink assignment={assignment} />}
      />
      <p>
        <Link to={paths.myAssignments()}>{t('panel.all')}</Link>
      </p>
    </section>
  );
}
