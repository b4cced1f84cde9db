import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { useCatalogue } from '@/hooks/use-content';
import { useAppStore } from '@/store/store';
import { isCourseComplete } from '@/domain/course-parts';
import { paths } from '@/lib/paths';

/** "Intyg" in the main menu, once the learner has earned the certificate. */
export function CertificateNavItem() {
  const { t } = useTranslation('common');
  const catalogue = useCatalogue();
  const quizzes = useAppStore((s) => s.quizzes);
  if (!isCourseComplete(catalogue, quizzes)) return null;
  return (
    <li>
      <NavLink to={paths.certificate()}>{t('nav.certificate')}</NavLink>
    </li>
  );
}
