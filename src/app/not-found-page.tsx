import { useTranslation } from 'react-i18next';
import { PageHeading } from '@/components/ui/page-heading';
import { ButtonLink } from '@/components/ui/button-link';
import { paths } from '@/lib/paths';

export function NotFoundPage() {
  const { t } = useTranslation('common');
  return (
    <div className="page page--narrow">
      <PageHeading>{t('notFound.title')}</PageHeading>
      <p>{t('notFound.body')}</p>
      <p>
        <ButtonLink to={paths.home()}>{t('notFound.home')}</ButtonLink>
      </p>
    </div>
  );
}
