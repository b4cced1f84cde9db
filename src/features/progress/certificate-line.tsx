import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '@/lib/paths';
import { hasPassed } from '@/domain/attempts';
import type { PersistedState } from '@/store/schema';
import type { ModuleSummary } from '@/types/content';

interface CertificateLineProps {
  modules: ModuleSummary[];
  quizzes: PersistedState['quizzes'];
}

/** How many required modules are passed, with a link to the certificate. */
export function CertificateLine({ modules, quizzes }: CertificateLineProps) {
  const { t } = useTranslation('progress');
  const required = modules.filter((m) => m.required);
  const passed = required.filter((m) => hasPassed(quizzes[m.id])).length;
  const ready = required.length > 0 && passed === required.length;
  return (
    <p className="certificate-line">
      {t('certificate.passed', { passed, count: required.length })}{' '}
      <Link to={paths.certificate()}>
        {ready ? t('certificate.linkReady') : t('certificate.linkMissing')}
      </Link>
    </p>
  );
}
