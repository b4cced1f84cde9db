import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeading } from '@/components/ui/page-heading';
import { useCatalogue } from '@/hooks/use-content';
import { paths } from '@/lib/paths';

/** For trainers: the dilemmas to use in a workplace meeting. */
export default function TrainerPage() {
  const { t } = useTranslation('trainer');
  const catalogue = useCatalogue();
  return (
    <div className="page">
      <PageHeading>{t('title')}</PageHeading>
      <p className="lead">{t('intro')}</p>
      <h2>{t('dilemmas')}</h2>
      <ul className="step-list">
        {catalogue.modules.flatMap((m) =>
          m.scenarios.map((s) => (
            <li key={`${m.id}/${s.id}`}>
              <Link to={paths.scenario(m.id, s.id)}>{s.title}</Link>{' '}
              <span className="muted">({m.title})</span>
            </li>
          )),
        )}
      </ul>
    </div>
  );
}
