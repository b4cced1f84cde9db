import { useCatalogue } from '@/hooks/use-content';
import { useAppStore } from '@/store/store';

/** The pass mark for a module: the course's, or the strictest of the learner's assignments that include it. */
export function usePassMark(moduleId: string): number {
  const coursePassMark = useCatalogue().course.passMark;
  const assignments = useAppStore((s) => s.assignments);
  const marks = Object.values(assignments)
    .filter((a) => a.modules.includes(moduleId))
    .map((a) => a.passMark);
  return marks.length > 0 ? Math.max(...marks) : coursePassMark;
}
