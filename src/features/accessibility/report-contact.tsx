import { useTranslation } from 'react-i18next';
import type { Organisation } from '@/types/content';

/**
 * How to report an accessibility problem: the organisation's contact from
 * content/organisation.yaml, or where to turn when the organisation has given none.
 */
export function ReportContact({ contact }: { contact: Organisation['contact'] }) {
  const { t } = useTranslation('accessibility');
  if (!contact?.email && !contact?.phone) return <p>{t('reportMissing')}</p>;
  return (
    <>
      <p>{t('report')}</p>
      <ul>
        {contact.name && <li>{t('reportName', { name: contact.name })}</li>}
        {contact.email && (
          <li>
            {t('reportEmail')} <a href={`mailto:${contact.email}`}>{contact.email}</a>
          </li>
        )}
        {contact.phone && (
          <li>
            <a href={`tel:${contact.phone.replace(/[^\d+]/g, '')}`}>
              {t('reportPhone', { phone: contact.phone })}
            </a>
          </li>
        )}
      </ul>
    </>
  );
}
