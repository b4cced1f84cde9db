import { useTranslation } from 'react-i18next';
import { EmployerInfo } from '@/components/ui/employer-info';
import type { Assignment } from '@/store/schema';
import { useAppStore } from '@/store/store';
import { hostOf, safeHttpUrl } from '@/lib/safe-url';

type LinkKind = 'policy' | 'reporting';

/**
 * The employer's anti-corruption policy and internal reporting channel, from the
 * assignments the learner has accepted. Only http(s) addresses become links; any
 * other text is shown as plain text. With none, says where to look.
 */
export function EmployerPolicy() {
  const { t } = useTranslation('selfcheck');
  const assignments = useAppStore((s) => s.assignments);
  const withLinks = Object.values(assignments).filter((a) => a.policyUrl || a.reportingUrl);

  return (
    <section aria-labelledby="self-check-employer" className="self-check-result__section">
      <h2 id="self-check-employer">{t('employer.heading')}</h2>
      <EmployerInfo headingLevel={3} />
      {withLinks.map((assignment) => (
        <div key={assignment.id}>
          <p>
            {t('employer.from', {
              title: assignment.organisation
                ? `${assignment.title} (${assignment.organisation})`
                : assignment.title,
            })}
          </p>
          <ul>
            <EmployerLink kind="policy" value={assignment.policyUrl} />
            <EmployerLink kind="reporting" value={assignment.reportingUrl} />
          </ul>
        </div>
      ))}
    </section>
  );
}

function EmployerLink({ kind, value }: { kind: LinkKind; value: Assignment['policyUrl'] }) {
  const { t } = useTranslation('selfcheck');
  const { t: tc } = useTranslation('common');
  if (!value) return null;
  const href = safeHttpUrl(value);
  const label = t(`employer.${kind}`);
  return (
    <li>
      {href ? (
        <>
          <a href={href} rel="noopener noreferrer" target="_blank" className="self-check__external">
            {label}
            <span className="visually-hidden"> ({tc('opensInNewTab')})</span>
          </a>{' '}
          <span className="muted">({hostOf(href)})</span>
        </>
      ) : (
        <>
          {label}: {value}
        </>
      )}
    </li>
  );
}
