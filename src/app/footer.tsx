import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCatalogue } from '@/hooks/use-content';
import { useLanguage } from '@/hooks/use-language';
import { formatDate } from '@/lib/i18n';
import { paths } from '@/lib/paths';

export function Footer() {
  const { t } = useTranslation('common');
  const { course } = useCatalogue();
  const language = useLanguage();
  return (
    <footer className="site-footer">
      <p>
        <Link to={paths.about()}>{t('footer.about')}</Link>
        {' · '}
        <Link to={paths.accessibility()}>{t('footer.accessibility')}</Link>
      </p>
      <p>
        {t('footer.lawChecked', { date: formatDate(course.lawCheckedDate, language) })}{' '}
        {t('footer.version', { version: course.version })}
      </p>
      <p>{import.meta.env.MODE === 'scorm' ? t('footer.privacyLms') : t('footer.privacy')}</p>
    </footer>
  );
}
