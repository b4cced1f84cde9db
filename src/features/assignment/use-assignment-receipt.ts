import { useMemo } from 'react';
import { useCatalogue } from '@/hooks/use-content';
import type { Assignment } from '@/store/schema';
import { useAppStore } from '@/store/store';
import { type AssignmentProgress, assignmentProgress, buildReceipt, type Receipt } from './receipt';

export interface AssignmentReceipt {
  /** The learner's saved name, if any. */
  name: string | undefined;
  /** The receipt to send now, of however far the learner has come: null without a name. */
  receipt: Receipt | null;
  /** Whether the assignment asks for an identifier the learner has not given yet. */
  needsLearnerId: boolean;
  progress: AssignmentProgress;
}

/**
 * The receipt the learner can send for `assignment` now, at any time: each
 * module passed, started or not started, with their identifier when the
 * assignment asks for one. The one place the receipt is built from the
 * learner's progress.
 */
export function useAssignmentReceipt(assignment: Assignment): AssignmentReceipt {
  const name = useAppStore((s) => s.settings.learnerName) || undefined;
  const language = useAppStore((s) => s.settings.language);
  const quizzes = useAppStore((s) => s.quizzes);
  const modules = useAppStore((s) => s.modules);
  const { course } = useCatalogue();

  return useMemo(() => {
    const input = {
      assignment,
      quizzes,
      modules,
      language,
      courseVersion: course.version,
      ...(assignment.learnerId ? { learnerId: assignment.learnerId } : {}),
    };
    return {
      name,
      receipt: name ? buildReceipt({ ...input, name }) : null,
      needsLearnerId: assignment.identifiedBy !== undefined && !assignment.learnerId,
      progress: assignmentProgress(assignment, quizzes),
    };
  }, [assignment, quizzes, modules, name, language, course.version]);
}
