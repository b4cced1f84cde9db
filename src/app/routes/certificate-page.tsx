import { useRef, useState } from 'react';
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
  const nameInput = useRef<HTMLInputElement>(null);
  // Set once the learner tries to print without a name; the error goes as soon as one is typed.
  const [triedWithoutName, setTriedWithoutName] = useState(false);

  const print = () => {
    if (!name) {
      setTriedWithoutName(true);
      nameInput.current?.focus();
      return;
    }
    window.print();
  };

  return (
    <div className="page page--narrow certificate-page">
      <PageHeading>{t('title')}</PageHeading>
      {!state.complete ? (
        <MissingModules required={state.required} missing={state.missing} />
      ) : (
        <>
          <p className="lead">{t('ready')}</p>
          <NameField
            inputRef={nameInput}
            error={triedWithoutName && !name ? t('name.missing') : undefined}
          />
          <div className="actions">
            <Button variant="primary" onClick={print}>
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
