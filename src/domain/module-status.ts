/**
 * What the learner's saved progress means for a module: its status and where
 * to continue. Derived on demand, never stored.
 */
import { paths } from '@/lib/paths';
import type { ModuleProgress, PersistedState } from '@/store/schema';
import type { ModuleSummary } from '@/types/content';
import { activeAttempt, firstUnanswered, hasPassed } from './attempts';
import { scenarioKey } from './keys';

export type ModuleStatus = 'not-started' | 'in-progress' | 'passed';

type Progress = Pick<PersistedState, 'modules' | 'quizzes' | 'scenarios'>;

/**
 * Whether the learner has started a module: read a lesson, tried the quiz or
 * played one of its dilemmas (for content, catalogue or LMS index entries alike).
 */
export function isModuleStarted(
  module: { id: string; scenarios: readonly { id: string }[] },
  progress: Progress,
): boolean {
  return (
    (progress.modules[module.id]?.lessonsVisited.length ?? 0) > 0 ||
    (progress.quizzes[module.id]?.length ?? 0) > 0 ||
    module.scenarios.some((s) => progress.scenarios[scenarioKey(module.id, s.id)] !== undefined)
  );
}

export function moduleStatus(module: ModuleSummary, progress: Progress): ModuleStatus {
  if (hasPassed(progress.quizzes[module.id])) return 'passed';
  return isModuleStarted(module, progress) ? 'in-progress' : 'not-started';
}

/** Where the learner should pick up a module. */
export function resumeHref(module: ModuleSummary, progress: Progress): string {
  const attempt = activeAttempt(progress.quizzes[module.id]);
  if (attempt) {
    const next = firstUnanswered(attempt);
    return next ? paths.quizQuestion(module.id, next) : paths.quizResults(module.id);
  }
  const lessons: ModuleProgress | undefined = progress.modules[module.id];
  const current = lessons?.currentLesson;
  if (current && module.lessons.some((l) => l.id === current)) {
    const index = module.lessons.findIndex((l) => l.id === current);
    const allRead = module.lessons.every((l) => lessons.lessonsVisited.includes(l.id));
    if (allRead && index === module.lessons.length - 1) return paths.module(module.id);
    return paths.lesson(module.id, current);
  }
  return paths.lesson(module.id, module.lessons[0]!.id);
}

/** The one module to continue: the first one started but not passed, else the first not started. */
export function continueModule(modules: ModuleSummary[], progress: Progress) {
  return (
    modules.find((m) => moduleStatus(m, progress) === 'in-progress') ??
    modules.find((m) => moduleStatus(m, progress) === 'not-started')
  );
}
