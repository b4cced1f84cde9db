/**
 * The accessibility statement (tillgänglighetsredogörelse) that lagen (2018:1937) om
 * tillgänglighet till digital offentlig service asks for, with the contents Digg lists for one:
 * who provides the service, how far it complies, what is not accessible, how it was assessed and
 * when, how to report a problem, and the link to Digg's complaint form. The figures come from the
 * project's own checks (checks.ts); the organisation's name and contact from organisation.yaml.
 */
import { useTranslation } from 'react-i18next';
import { PageHeading } from '@/components/ui/page-heading';
import type { Language } from '@/config/languages';
import { formatDate } from '@/lib/i18n';
import type { Organisation } from '@/types/content';
import type { AccessibilityChecks } from './checks';
import { ReportContact } from './report-contact';

/** Digg's form for reporting inaccessible digital public services (digg.se/tdosanmalan). */
export const DIGG_REPORT_URL = 'https://www.digg.se/tdosanmalan';

interface StatementProps {
  service: string;
  organisation: Organisation;
  checks: AccessibilityChecks;
  language: Language;
}

export function AccessibilityStatement({
  service,
  organisation,
  checks,
  language,
}: StatementProps) {
  const { t } = useTranslation('accessibility');
  const complete = Boolean(
    organisation.name && (organisation.contact?.email || organisation.contact?.phone),
  );
  const scores = Object.values(checks.lighthouseAccessibility);
  const date = formatDate(checks.checkedOn, language);

  return (
    <div className="page page--reading statement">
      <PageHeading>{t('title', { service })}</PageHeading>
      {!complete && (
        <aside className="notice" aria-labelledby="statement-setup-heading">
          <h2 id="statement-setup-heading">{t('setupNoteHeading')}</h2>
          <p>{t('setupNote')}</p>
        </aside>
      )}
      <p className="lead">
        {t('intro', { service, organisation: organisation.name ?? t('organisationMissing') })}
      </p>

      <h2>{t('complianceHeading')}</h2>
      <p>{t('compliance', { service })}</p>

      <h2>{t('gapsHeading')}</h2>
      <ul>
        <li>{t('gaps.certificate')}</li>
        <li>{t('gaps.readAloud')}</li>
        <li>{t('gaps.unknown')}</li>
      </ul>

      <h2>{t('testedHeading')}</h2>
      <p>{t('testedIntro')}</p>
      <ul>
        <li>
          {t('tested.axe', {
            violations: checks.axeViolations,
            routes: checks.axeRoutes,
            states: checks.axeStates,
          })}
        </li>
        <li>{t('tested.lighthouse', { count: scores.filter((s) => s === 100).length })}</li>
        <li>{t('tested.keyboard', { steps: checks.keyboardSteps })}</li>
        <li>{t('tested.reflow', { routes: checks.reflowRoutes })}</li>
      </ul>
      <p>{t('notTested')}</p>

      <h2>{t('reportHeading')}</h2>
      <ReportContact contact={organisation.contact} />

      <h2>{t('complainHeading')}</h2>
      <p>{t('complain')}</p>
      <p>
        <a href={DIGG_REPORT_URL} rel="noopener noreferrer" target="_blank">
          {t('complainLink')}
          <span className="visually-hidden"> ({t('opensInNewTab', { ns: 'common' })})</span>
        </a>
      </p>

      <h2>{t('datesHeading')}</h2>
      <p>{t('checkedOn', { date })}</p>
      <p>{t('updatedOn', { date })}</p>
    </div>
  );
}
