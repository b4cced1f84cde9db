import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeading } from '@/components/ui/page-heading';
import { paths } from '@/lib/paths';

export function NotFoundPage() {
  const { t } = useTranslation('common');
  return (
    <div className="page page--narrow">
      <PageHeading>{t('notFound.title')}</PageHeading>
      <p>{t('notFound.body')}</p>
      <p>
        <Link className="button" to={paths.home()}>
          {t('notFound.home')}
        </Link>
      </p>
    </div>
  );
}
