import { useTranslation } from 'react-i18next';
import { useOrganisation } from '@/hooks/use-organisation';
import { safeHttpUrl } from '@/lib/safe-url';

/**
 * The organisation's anti-corruption policy, reporting channel and contact,
 * from content/organisation.yaml. Where a setting is missing, it tells the
 * learner what to look for at their own employer instead.
 */
export function EmployerInfo({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const { t } = useTranslation('common');
  const org = useOrganisation();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const policy = safeHttpUrl(org.policyUrl);
  const reportingUrl = safeHttpUrl(org.reporting?.url);
  const reporting = org.reporting;
  const hasReporting = Boolean(reportingUrl || reporting?.phone || reporting?.email);
  const contact = org.contact;

  return (
    <aside className="employer-info" aria-labelledby="employer-info-heading">
      <Heading id="employer-info-heading">
        {org.name ? t('employer.headingNamed', { name: org.name }) : t('employer.heading')}
      </Heading>
      <ul>
        <li>
          {policy ? (
            <a href={policy} rel="noopener noreferrer" target="_blank">
              {t('employer.policy')}
              <span className="visually-hidden"> ({t('opensInNewTab')})</span>
            </a>
          ) : (
            t('employer.noPolicy')
          )}
        </li>
        <li>
          {hasReporting ? (
            <>
              {t('employer.reporting')}{' '}
              {reportingUrl && (
                <a href={reportingUrl} rel="noopener noreferrer" target="_blank">
                  {t('employer.reportingWeb')}
                  <span className="visually-hidden"> ({t('opensInNewTab')})</span>
                </a>
              )}
              {reporting?.phone && (
                <>
                  {' '}
                  {t('employer.phone')}{' '}
                  <a href={`tel:${reporting.phone.replace(/[^\d+]/g, '')}`}>{reporting.phone}</a>
                </>
              )}
              {reporting?.email && (
                <>
                  {' '}
                  {t('employer.email')} <a href={`mailto:${reporting.email}`}>{reporting.email}</a>
                </>
              )}
            </>
          ) : (
            t('employer.noReporting')
          )}
        </li>
        <li>
          {contact?.name || contact?.email || contact?.phone ? (
            <>
              {t('employer.contact')} {contact.name}
              {contact.email && (
                <>
                  {' '}
                  <a href={`mailto:${contact.email}`}>{contact.email}</a>
                </>
              )}
              {contact.phone && <> {contact.phone}</>}
            </>
          ) : (
            t('employer.noContact')
          )}
        </li>
      </ul>
    </aside>
  );
}
