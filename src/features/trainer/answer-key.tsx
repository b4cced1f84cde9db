import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '@/components/ui/loading';
import { useCatalogue } from '@/hooks/use-content';
import { ModuleAnswerKey } from './module-answer-key';

/** The answer key for every module, each folded in its own <details>. */
export function AnswerKey() {
  const { t } = useTranslation('trainer');
  const { modules } = useCatalogue();
  return (
    <section aria-labelledby="answer-key-heading" className="answer-key">
      <h2 id="answer-key-heading">{t('answerKey.heading')}</h2>
      <p>{t('answerKey.intro')}</p>
      {modules.map((m, i) => (
        <details key={m.id} className="answer-key__module">
          <summary>{t('answerKey.module', { number: i + 1, title: m.title })}</summary>
          <Suspense fallback={<Loading />}>
            <ModuleAnswerKey moduleId={m.id} />
          </Suspense>
        </details>
      ))}
    </section>
  );
}
