import { Suspense, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { Loading } from '@/components/ui/loading';
import { useCatalogue } from '@/hooks/use-content';
import { ModuleAnswerKey } from './module-answer-key';

interface AnswerKeyProps {
  /** Prints the answer key on its own: only once the trainer has chosen to see it. */
  onPrint: () => void;
}

/**
 * The answer key for every module, each folded in its own <details>, behind a "Visa facit" step
 * that says who it is for: the key is not something a learner should come across.
 */
export function AnswerKey({ onPrint }: AnswerKeyProps) {
  const { t } = useTranslation('trainer');
  const { modules } = useCatalogue();
  const [shown, setShown] = useState(false);
  const noticeId = useId();
  return (
    <section aria-labelledby="answer-key-heading" className="answer-key">
      <h2 id="answer-key-heading">{t('answerKey.heading')}</h2>
      <div className="notice" id={noticeId}>
        <p>{t('answerKey.forTrainers')}</p>
      </div>
      {!shown ? (
        <div className="answer-key__gate">
          <Button aria-describedby={noticeId} onClick={() => setShown(true)}>
            {t('answerKey.show')}
          </Button>
        </div>
      ) : (
        <>
          <p>{t('answerKey.intro')}</p>
          <div className="answer-key__actions">
            <Button onClick={onPrint}>{t('answerKey.print')}</Button>
          </div>
          {modules.map((m, i) => (
            <details key={m.id} className="answer-key__module">
              <summary>{t('answerKey.module', { number: i + 1, title: m.title })}</summary>
              <Suspense fallback={<Loading />}>
                <ModuleAnswerKey moduleId={m.id} />
              </Suspense>
            </details>
          ))}
        </>
      )}
    </section>
  );
}
