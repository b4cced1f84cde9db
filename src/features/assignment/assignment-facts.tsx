import { useTranslation } from 'react-i18next';
import { hostOf, safeHttpUrl } from '@/lib/safe-url';
import { useLanguage } from '@/hooks/use-language';
import type { AssignmentDraft } from './assignment-draft';
import { formatDate, formatPercent } from '@/lib/i18n';

interface AssignmentFactsProps {
  assignment: AssignmentDraft;
  /** Shows the two addresses as links (on screen) or as printed text (on paper). */
  links: 'links' | 'text';
}

/**
 * Who gave the assignment, the due date, the pass mark, what the learner is asked
 * for besides their name, and the organisation's own links.
 */
export function AssignmentFacts({ assignment, links }: AssignmentFactsProps) {
  const { t } = useTranslation('assignment');
  const { t: tc } = useTranslation('common');
  const language = useLanguage();
  const addresses = [
    { key: 'policy', label: t('common.policy'), href: assignment.policyUrl },
    { key: 'reporting', label: t('common.reporting'), href: assignment.reportingUrl },
  ].filter((a): a is { key: string; label: string; href: string } => Boolean(a.href));

  return (
    <>
      <dl className="facts assignment-facts">
        {assignment.organisation && (
          <div>
            <dt>{t('common.organisation')}</dt>
            <dd>{assignment.organisation}</dd>
          </div>
        )}
        {assignment.contact && (
          <div>
            <dt>{t('common.contact')}</dt>
            <dd>{assignment.contact}</dd>
          </div>
        )}
        <div>
          <dt>{t('common.due')}</dt>
          <dd>{assignment.due ? formatDate(assignment.due, language) : t('common.noDue')}</dd>
        </div>
        <div>
          <dt>{t('common.passMark')}</dt>
          <dd>
            {t('common.passMarkValue', { percent: formatPercent(assignment.passMark, language) })}
          </dd>
        </div>
        <div>
          <dt>{t('common.identifiedBy')}</dt>
          <dd>{t(`common.asksFor.${assignment.identifiedBy ?? 'none'}`)}</dd>
        </div>
      </dl>
      {addresses.length > 0 && (
        <ul className="assignment-addresses">
          {addresses.map((a) =>
            links === 'links' ? (
              <li key={a.key}>
                {safeHttpUrl(a.href) ? (
                  <a href={safeHttpUrl(a.href)!} target="_blank" rel="noopener noreferrer">
                    {a.label}
                    <span className="visually-hidden"> ({tc('opensInNewTab')})</span>
                  </a>
                ) : (
                  a.label
                )}{' '}
                {/* The link came from whoever sent it: show where it really goes. */}
                <span className="assignment-url">({hostOf(a.href)})</span>
              </li>
            ) : (
              <li key={a.key}>
                {a.label}: <span className="assignment-url">{a.href}</span>
              </li>
            ),
          )}
        </ul>
      )}
    </>
  );
}
