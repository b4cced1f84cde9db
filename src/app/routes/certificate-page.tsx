import { useTranslation } from 'react-i18next';
import { PageHeading } from '@/components/ui/page-heading';
import { Button } from '@/components/ui/button';
import { useCatalogue } from '@/hooks/use-content';
import { useAppStore } from '@/store/store';
import { CertificateDocument } from '@/features/certificate/certificate-document';
import { certificateState } from '@/features/certificate/certificate-facts';
import { MissingModules } from '@/features/certificate/missing-modules';
import { NameField } from '@/features/certificate/name-field';

export default function CertificatePage() {
  const { t } = useTranslation('certificate');
  const catalogue = useCatalogue();
  const { course } = catalogue;
  const quizzes = useAppStore((s) => s.quizzes);
  const name = useAppStore((s) => s.settings.learnerName);
  const state = certificateState(catalogue, quizzes);

  return (
    <div className="page page--narrow certificate-page">
      <PageHeading>{t('title')}</PageHeading>
      {!state.complete ? (
        <MissingModules required={state.required} missing={state.missing} />
      ) : (
        <>
          <p className="lead">{t('ready')}</p>
          <NameField />
          {!name && <p className="muted">{t('name.empty')}</p>}
          <div className="actions">
            <Button variant="primary" onClick={() => window.print()}>
              {t('print')}
            </Button>
          </div>
          <p className="muted">{t('printHint')}</p>
          <CertificateDocument
            name={name}
            courseTitle={course.title}
            courseVersion={course.version}
            core={state.core}
            tracks={state.tracks}
            completedAt={state.completedAt}
          />
        </>
      )}
    </div>
  );
}
