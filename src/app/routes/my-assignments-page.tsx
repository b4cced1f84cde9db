import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { AssignmentList, type ReceiptRequest } from '@/features/assignment/assignments-panel';
import { PageHeading } from '@/components/ui/page-heading';
import { Button } from '@/components/ui/button';
import { paths } from '@/lib/paths';
import type { Assignment } from '@/store/schema';
import { ReceiptExport } from '@/features/assignment/receipt-export';

/** The learner's accepted assignments, with the completion receipt of each finished one. */
export default function MyAssignmentsPage() {
  const { t } = useTranslation('assignment');
  const request = useLocation().state as Partial<ReceiptRequest> | null;

  return (
    <div className="page page--narrow">
      <PageHeading>{t('mine.title')}</PageHeading>
      <p>{t('mine.intro')}</p>
      <AssignmentList
        headingLevel={2}
        renderComplete={(assignment) => (
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

/** "Export completion receipt": opens the receipt below it and moves focus there. */
function ReceiptSection({ assignment, open }: { assignment: Assignment; open: boolean }) {
  const { t } = useTranslation('assignment');
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
      <Button
        variant="primary"
        aria-expanded={expanded}
        aria-controls={panelId}
        onClick={() => {
          focusNext.current = !expanded;
          setExpanded(!expanded);
        }}
      >
        {t('card.exportReceipt')}
      </Button>
      {expanded && (
        <section id={panelId} aria-labelledby={`${panelId}-heading`} className="receipt-panel">
          <h3 id={`${panelId}-heading`} ref={heading} tabIndex={-1}>
            {t('receipt.heading')}
          </h3>
          <ReceiptExport assignment={assignment} />
        </section>
      )}
    </div>
  );
}
