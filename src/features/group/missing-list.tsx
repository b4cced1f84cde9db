import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, buttonClass } from '@/components/ui/button';
import type { LearnerRow } from './learner-rows';

/** A mailto: link to `addresses` in BCC, with a subject, to no visible recipient. */
export function reminderHref(addresses: readonly string[], subject: string): string {
  const bcc = addresses.map(encodeURIComponent).join(',');
  return `mailto:?bcc=${bcc}&subject=${encodeURIComponent(subject)}`;
}

/**
 * Who on the roster has sent no receipt: their names, a reminder e-mail to
 * them all in BCC, and their addresses to copy into any other mail program.
 */
export function MissingList({ missing, title }: { missing: readonly LearnerRow[]; title: string }) {
  const { t } = useTranslation('assignment');
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');
  const addresses = missing.flatMap((row) => (row.email ? [row.email] : []));
  const withoutAddress = missing.length - addresses.length;

  const copyAddresses = async () => {
    try {
      await navigator.clipboard.writeText(addresses.join(', '));
      setCopy('copied');
    } catch {
      setCopy('failed');
    }
  };

  return (
    <section aria-labelledby="missing-heading" className="missing-list">
      <h2 id="missing-heading">{t('group.missing.heading', { count: missing.length })}</h2>
      {missing.length === 0 ? (
        <p>{t('group.missing.none')}</p>
      ) : (
        <>
          <ul className="missing-list__names">
            {missing.map((row) => (
              <li key={row.key}>{row.name}</li>
            ))}
          </ul>
          {withoutAddress > 0 && <p>{t('group.missing.noAddress', { count: withoutAddress })}</p>}
          {addresses.length > 0 && (
            <>
              <p className="field-hint" id="missing-mail-hint">
                {t('group.missing.mailHint')}
              </p>
              <div className="actions">
                <a
                  className={buttonClass('primary')}
                  href={reminderHref(addresses, t('group.missing.subject', { title }))}
                  aria-describedby="missing-mail-hint"
                >
                  {t('group.missing.mail')}
                </a>
                <Button variant="secondary" onClick={() => void copyAddresses()}>
                  {t('group.missing.copy')}
                </Button>
              </div>
              <p role="status" className="assignment-status">
                {copy === 'copied' && t('group.missing.copied')}
                {copy === 'failed' && t('group.missing.copyFailed')}
              </p>
              {copy === 'failed' && (
                <p className="missing-list__addresses">
                  {t('group.missing.addresses')}: <span>{addresses.join(', ')}</span>
                </p>
              )}
            </>
          )}
        </>
      )}
    </section>
  );
}
