import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '@/lib/paths';
import type { ModuleSummary } from '@/types/content';

interface MissingModulesProps {
  required: ModuleSummary[];
  missing: ModuleSummary[];
}

/** Which required modules still stand between the learner and the certificate. */
export function MissingModules({ required, missing }: MissingModulesProps) {
  const { t } = useTranslation('certificate');
  return (
    <>
      <p className="lead">{t('missing.intro')}</p>
      <p>
        {t('missing.count', { passed: required.length - missing.length, count: required.length })}
      </p>
      <section aria-labelledby="missing-heading">
        <h2 id="missing-heading">{t('missing.heading', { count: missing.length })}</h2>
        <ul className="missing-modules">
          {missing.map((m) => (
            <li key={m.id}>
              <Link to={paths.module(m.id)}>{m.title}</Link>{' '}
              <span className="muted">({t('missing.notPassed')})</span>
            </li>
          ))}
        </ul>
      </section>
      <p>
        <Link to={paths.progress()}>{t('missing.progress')}</Link>
      </p>
    </>
  );
}
