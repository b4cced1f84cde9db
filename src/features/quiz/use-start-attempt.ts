import { useNavigate } from 'react-router';
import { useModuleContent } from '@/hooks/use-content';
import { latestFinished } from '@/domain/attempts';
import { cryptoRandom } from '@/lib/random';
import { paths } from '@/lib/paths';
import { useAppStore } from '@/store/store';
import { type AttemptMode, createAttempt, wrongQuestionIds } from './engine';
import { usePassMark } from './use-pass-mark';

/**
 * Starting a quiz attempt at a module, from the quiz's start page or its results page: a fresh
 * draw, or a practice round on the questions of the latest attempt answered wrong (only those
 * the course still has: an update may have removed some). Opens the first question.
 */
export function useStartAttempt(moduleId: string) {
  const module = useModuleContent(moduleId);
  const attempts = useAppStore((s) => s.quizzes[moduleId]);
  const startQuizAttempt = useAppStore((s) => s.startQuizAttempt);
  const passMark = usePassMark(moduleId);
  const navigate = useNavigate();
  const latest = latestFinished(attempts);
  const poolIds = new Set(module.quiz.questions.map((q) => q.id));
  const wrong = latest ? wrongQuestionIds(latest).filter((id) => poolIds.has(id)) : [];

  const start = (mode: AttemptMode) => {
    const attempt = createAttempt({
      quiz: module.quiz,
      passMark,
      mode,
      onlyQuestionIds: wrong,
      random: cryptoRandom,
      now: Date.now(),
    });
    startQuizAttempt(moduleId, attempt);
    void navigate(paths.quizQuestion(moduleId, 1));
  };

  return { wrong, passMark, start };
}
