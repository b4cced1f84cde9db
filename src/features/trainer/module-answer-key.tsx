import { useModuleContent } from '@/hooks/use-content';
import { DilemmaKey } from './dilemma-key';
import { QuizKey } from './quiz-key';

/** One module's key, loaded in the current language: its quiz, then its dilemmas. */
export function ModuleAnswerKey({ moduleId }: { moduleId: string }) {
  const module = useModuleContent(moduleId);
  return (
    <div className="answer-key__body">
      <QuizKey questions={module.quiz.questions} />
      {module.scenarios.map((scenario) => (
        <DilemmaKey key={scenario.id} scenario={scenario} />
      ))}
    </div>
  );
}
