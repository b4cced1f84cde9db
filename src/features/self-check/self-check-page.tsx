import { useTranslation } from 'react-i18next';
import { PageHeading } from '@/components/ui/page-heading';

const questions = ['why', 'need', 'employer', 'outside'] as const;

/** The four questions to ask yourself when offered a benefit. */
export default function SelfCheckPage() {
  const { t } = useTranslation('selfcheck');
  return (
    <div className="page page--narrow">
      <PageHeading>{t('title')}</PageHeading>
      <p className="lead">{t('intro')}</p>
      <ol className="four-questions">
        {questions.map((q) => (
          <li key={q}>
            <h2>{t(`questions.${q}.question`)}</h2>
            <p>{t(`questions.${q}.help`)}</p>
          </li>
        ))}
      </ol>
      <p>{t('unsure')}</p>
    </div>
  );
}
