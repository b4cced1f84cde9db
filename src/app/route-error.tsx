import { useTranslation } from 'react-i18next';
import { RecoveryPanel } from '@/components/recovery/recovery-panel';
import { PageHeading } from '@/components/ui/page-heading';
import { Button } from '@/components/ui/button';
import { ButtonLink } from '@/components/ui/button-link';
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
        <ButtonLink to={paths.home()}>{t('error.home')}</ButtonLink>
        <Button variant="secondary" onClick={() => location.reload()}>
          {t('error.reload')}
        </Button>
      </p>
      <RecoveryPanel />
    </div>
  );
}
