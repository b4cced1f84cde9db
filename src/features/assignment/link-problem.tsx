import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeading } from '@/components/ui/page-heading';
import type { LinkProblem as Reason } from './assignment-link';
import { paths } from '@/lib/paths';

/** Why an assignment link cannot be used, in plain words, and the way back. */
export function LinkProblem({ reason }: { reason: Reason }) {
  const { t } = useTranslation('assignment');
  return (
    <div className="page page--narrow">
      <PageHeading>{t('accept.problem.title')}</PageHeading>
      <div className="notice notice--problem">
        <p>
          <span aria-hidden="true">⚠ </span>
          {t(`accept.problem.${reason}`)}
        </p>
        <p>{t('accept.problem.nothingSaved')}</p>
      </div>
      <p>
        <Link to={paths.home()}>{t('common.home')}</Link>
      </p>
    </div>
  );
}
