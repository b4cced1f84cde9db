import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button } from '@/components/ui/button';
import type { AssignmentDraft } from './assignment-draft';
import { paths } from '@/lib/paths';
import { CopyField } from './copy-field';
import { Handout } from './handout';
import { useQrCode } from './use-qr-code';

interface LinkResultProps {
  assignment: AssignmentDraft;
  moduleTitles: string[];
  url: string;
  /** The heading that takes focus when the link is made. */
  headingRef: RefObject<HTMLHeadingElement | null>;
}

/** The finished link: copy it, scan it, or print a handout with it. */
export function LinkResult({ assignment, moduleTitles, url, headingRef }: LinkResultProps) {
  const { t } = useTranslation('assignment');
  const qr = useQrCode(url);
  return (
    <>
      <section className="assignment-result" aria-labelledby="assignment-result-heading">
        <h2 id="assignment-result-heading" ref={headingRef} tabIndex={-1}>
          {t('builder.result.heading')}
        </h2>
        <p>{t('builder.result.intro')}</p>
        <p>{t('builder.result.kept')}</p>
        <CopyField
          id="assignment-link"
          label={t('builder.result.linkLabel')}
          hint={t('builder.result.length', { count: url.length })}
          value={url}
        />
        <h3>{t('builder.result.qrHeading')}</h3>
        {qr === undefined && <p className="muted">{t('builder.result.qrLoading')}</p>}
        {qr === null && <p>{t('builder.result.qrFailed')}</p>}
        {qr && (
          <img
            src={qr}
            alt={t('builder.result.qrAlt', { title: assignment.title })}
            className="assignment-qr"
            width={200}
            height={200}
          />
        )}
        <div className="actions assignment-result__print">
          <Button onClick={() => window.print()}>{t('builder.result.print')}</Button>
        </div>
        <p className="muted">{t('builder.result.printHint')}</p>
        <p>
          {t('builder.result.next')}{' '}
          <Link to={paths.trainerResults()}>{t('builder.resultsLink')}</Link>
        </p>
      </section>
      <Handout assignment={assignment} moduleTitles={moduleTitles} url={url} qr={qr} />
    </>
  );
}
