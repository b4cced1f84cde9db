/**
 * "Lyssna": an ordinary button that reads a region of the page aloud with the browser's own
 * speech synthesis. Off until pressed, never starting by itself. The controls' code and strings
 * load only when it is first pressed, and they close (stopping the speech) when the learner goes
 * to another page or switches language.
 */
import { lazy, type RefObject, Suspense, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { Button } from '@/components/ui/button';
import { useLanguage } from '@/hooks/use-language';

const ReadAloudPanel = lazy(() => import('./read-aloud-panel'));

interface ReadAloudProps {
  /** The part of the page to read: its headings, paragraphs, list items, labels and legends. */
  region: RefObject<HTMLElement | null>;
}

export function ReadAloud({ region }: ReadAloudProps) {
  const { t } = useTranslation('common');
  const { pathname } = useLocation();
  const language = useLanguage();
  const here = `${language}:${pathname}`;
  const [openAt, setOpenAt] = useState<string>();
  const open = openAt === here;
  const listen = useRef<HTMLButtonElement>(null);
  const closedByLearner = useRef(false);

  useEffect(() => {
    if (!open && closedByLearner.current) {
      closedByLearner.current = false;
      listen.current?.focus();
    }
  }, [open]);

  return (
    <div className="read-aloud" data-read-aloud="skip">
      {open ? (
        <Suspense fallback={null}>
          <ReadAloudPanel
            region={region}
            onClose={() => {
              closedByLearner.current = true;
              setOpenAt(undefined);
            }}
          />
        </Suspense>
      ) : (
        <Button ref={listen} variant="secondary" onClick={() => setOpenAt(here)}>
          <span aria-hidden="true" className="read-aloud__icon">
            ▶{' '}
          </span>
          {t('readAloud.listen')}
        </Button>
      )}
    </div>
  );
}
