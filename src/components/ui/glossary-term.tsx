import { type ReactNode, Suspense, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useGlossary } from '@/hooks/use-content';

function Definition({ termId }: { termId: string }) {
  const entry = useGlossary().find((e) => e.id === termId);
  const { t } = useTranslation('common');
  return (
    <>
      <strong>{entry?.term ?? termId}:</strong> {entry?.definition ?? t('glossary.missing')}
    </>
  );
}

/** A word in lesson text that opens its glossary explanation in place. */
export function GlossaryTerm({ termId, children }: { termId: string; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const { t } = useTranslation('common');
  const id = useId();
  return (
    <>
      <button
        type="button"
        className="glossary-term"
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        onClick={() => setOpen((o) => !o)}
      >
        {children}
        <span className="visually-hidden"> ({t('glossary.explain')})</span>
      </button>
      {open && (
        <>
          {' '}
          <span id={id} className="glossary-definition" role="note">
            <Suspense fallback={t('loading')}>
              <Definition termId={termId} />
            </Suspense>
          </span>{' '}
        </>
      )}
    </>
  );
}
