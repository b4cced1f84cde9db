import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { RecoveryPanel } from '@/components/recovery/recovery-panel';
import { PageHeading } from '@/components/ui/page-heading';
import { UnknownModuleError } from '@/lib/content';
import { paths } from '@/lib/paths';
import { NotFoundPage } from './not-found-page';

/**
 * Shown instead of a page that failed: a friendly message, a way back, and the
 * way out should the failure lie in what is saved (download, backups, reset).
 */
export function RouteError({ error }: { error: unknown }) {
  const { t } = useTranslation('common');
  if (error instanceof UnknownModuleError) return <NotFoundPage />;
  return (
    <div className="page page--narrow">
      <PageHeading>{t('error.title')}</PageHeading>
      <p>{t('error.body')}</p>
      <p className="actions">
        <Link className="button" to={paths.home()}>
          {t('error.home')}
        </Link>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => location.reload()}
        >
          {t('error.reload')}
        </button>
      </p>
      <RecoveryPanel />
    </div>
  );
}
