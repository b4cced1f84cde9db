import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { AssignmentList, type ReceiptRequest } from '@/features/assignment/assignments-panel';
import { PageHeading } from '@/components/ui/page-heading';
import { Button } from '@/components/ui/button';
import { paths } from '@/lib/paths';
import type { Assignment } from '@/store/schema';
import { LearnerIdDetails } from '@/features/assignment/learner-id-form';
import { ReceiptExport } from '@/features/assignment/receipt-export';
import { useAssignmentReceipt } from '@/features/assignment/use-assignment-receipt';

/** The learner's accepted assignments, each with when and how to send its receipt. */
export default function MyAssignmentsPage() {
  const { t } = useTranslation('assignment');
  const request = useLocation().state as Partial<ReceiptRequest> | null;

  return (
    <div className="page page--narrow">
      <PageHeading>{t('mine.title')}</PageHeading>
      <p>{t('mine.intro')}</p>
      <AssignmentList
        headingLevel={2}
        renderReceipt={(assignment) => (
          <ReceiptSection assignment={assignment} open={request?.receiptFor === assignment.id} />
        )}
        empty={
          <>
            <p>{t('mine.none')}</p>
            <p>
              <Link to={paths.home()}>{t('common.home')}</Link>
            </p>
          </>
        }
      />
    </div>
  );
}

/**
 * The learner's identifier (when the assignment asks for one), then when and
 * how to send the receipt, which can be sent at any time: "Send receipt" opens
 * the receipt below it and moves focus there.
 */
function ReceiptSection({ assignment, open }: { assignment: Assignment; open: boolean }) {
  const { t } = useTranslation('assignment');
  const { progress } = useAssignmentReceipt(assignment);
  const to = assignment.contact || t('receipt.giver');
  const [expanded, setExpanded] = useState(open);
  const heading = useRef<HTMLHeadingElement>(null);
  // Focus goes to the receipt when it opens, not on later renders.
  const focusNext = useRef(open);

  useEffect(() => {
    if (expanded && focusNext.current) {
      heading.current?.focus();
      focusNext.current = false;
    }
  }, [expanded]);

  const panelId = `receipt-panel-${assignment.id}`;
  return (
    <div className="receipt-section">
      {assignment.identifiedBy && (
        <LearnerIdDetails assignment={assignment} kind={assignment.identifiedBy} />
      )}
      <p className="receipt-when">
        {progress.complete ? t('receipt.whenDone', { to }) : t('receipt.whenAny', { to })}
      </p>
      <p className="receipt-how">{t('receipt.how')}</p>
      <Button
        variant="primary"
        aria-expanded={expanded}
        aria-controls={panelId}
        onClick={() => {
          focusNext.current = !expanded;
          setExpanded(!expanded);
        }}
      >
        {t('card.sendReceipt')}
      </Button>
      {expanded && (
        <section id={panelId} aria-labelledby={`${panelId}-heading`} className="receipt-panel">
          <h3 id={`${panelId}-heading`} ref={heading} tabIndex={-1}>
            {progress.complete ? t('receipt.heading') : t('receipt.headingPartial')}
          </h3>
          <ReceiptExport assignment={assignment} />
        </section>
      )}
    </div>
  );
}
