import { useMemo } from 'react';
import { useCatalogue } from '@/hooks/use-content';
import type { Assignment } from '@/store/schema';
import { useAppStore } from '@/store/store';
import { type AssignmentProgress, assignmentProgress, buildReceipt, type Receipt } from './receipt';

/** A stand-in name, to ask whether there would be a receipt before the learner has given theirs. */
const SOME_NAME = 'N';

export interface AssignmentReceipt {
  /** The learner's saved name, if any. */
  name: string | undefined;
  /** The receipt to send now: null without a name, or while there is none to send. */
  receipt: Receipt | null;
  /** Whether there is a receipt to send, once the learner has given a name. */
  available: boolean;
  progress: AssignmentProgress;
}

/**
 * The receipt the learner can send for `assignment` now, whenever
 * `buildReceipt` makes one (today when every module is passed). The one
 * place the receipt is built from the learner's progress.
 */
export function useAssignmentReceipt(assignment: Assignment): AssignmentReceipt {
  const name = useAppStore((s) => s.settings.learnerName) || undefined;
  const language = useAppStore((s) => s.settings.language);
  const quizzes = useAppStore((s) => s.quizzes);
  const { course } = useCatalogue();

  return useMemo(() => {
    const build = (learner: string) =>
      buildReceipt({ assignment, quizzes, name: learner, language, courseVersion: course.version });
    const receipt = name ? build(name) : null;
    return {
      name,
      receipt,
      available: name ? receipt !== null : build(SOME_NAME) !== null,
      progress: assignmentProgress(assignment, quizzes),
    };
  }, [assignment, quizzes, name, language, course.version]);
}
