import { useTranslation } from 'react-i18next';
import type { PersistedState } from '@/store/schema';
import type { ModuleSummary } from '@/types/content';
import { attemptHistory } from './attempt-history';
import { ModuleAttempts } from './module-attempts';

interface QuizHistoryProps {
  modules: ModuleSummary[];
  quizzes: PersistedState['quizzes'];
}

/** Every module's finished quiz attempts, module by module. */
export function QuizHistory({ modules, quizzes }: QuizHistoryProps) {
  const { t } = useTranslation('progress');
  const histories = modules
    .map((m) => ({ module: m, history: attemptHistory(quizzes[m.id]) }))
    .filter(({ history }) => history.rows.length > 0);
  return (
    <section aria-labelledby="history-heading">
      <h2 id="history-heading">{t('history.heading')}</h2>
      {histories.length === 0 ? (
        <p>{t('history.none')}</p>
      ) : (
        <>
          <p>{t('history.intro')}</p>
          {histories.map(({ module, history }) => (
            <ModuleAttempts
              key={module.id}
              moduleId={module.id}
              moduleTitle={module.title}
              history={history}
            />
          ))}
        </>
      )}
    </section>
  );
}
