import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { PageHeading } from '@/components/ui/page-heading';
import { type DecodeResult, decodeAssignment } from '@/features/assignment/assignment-link';
import { AcceptAssignment } from '@/features/assignment/accept-assignment';
import { LinkProblem } from '@/features/assignment/link-problem';

/**
 * Opens an assignment link (`#/a/<code>`). Reading the link changes nothing:
 * only the learner's "Accept" saves the assignment. A broken link gets a page
 * that says why, in plain words.
 */
export default function AcceptPage() {
  const { t } = useTranslation('assignment');
  const { code = '' } = useParams();
  const [decoded, setDecoded] = useState<{ code: string; result: DecodeResult } | null>(null);

  useEffect(() => {
    let live = true;
    decodeAssignment(code).then((result) => {
      if (live) setDecoded({ code, result });
    });
    return () => {
      live = false;
    };
  }, [code]);

  if (!decoded || decoded.code !== code) {
    return (
      <div className="page page--narrow">
        <PageHeading>{t('accept.title')}</PageHeading>
        <p role="status">{t('accept.checking')}</p>
      </div>
    );
  }
  if (!decoded.result.ok) return <LinkProblem reason={decoded.result.reason} />;
  return <AcceptAssignment assignment={decoded.result.assignment} />;
}
