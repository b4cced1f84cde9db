import { useTranslation } from 'react-i18next';
import { PageHeading } from '@/components/ui/page-heading';

export default function Page() {
  const { t } = useTranslation('facilitation');
  return (
    <div className="page">
      <PageHeading>{t('title')}</PageHeading>
    </div>
  );
}
