import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '@/store/store';

/** The learner's saved progress (lessons, quiz attempts, dilemmas). */
export function useProgress() {
  return useAppStore(
    useShallow((s) => ({ modules: s.modules, quizzes: s.quizzes, scenarios: s.scenarios })),
  );
}
