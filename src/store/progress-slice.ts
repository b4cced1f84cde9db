/** The learner's progress: lessons read, quiz attempts, dilemmas played. */
import type { StateCreator } from 'zustand';
import { bestFreshAttempt } from '@/domain/attempts';
import type { AppState } from './store';
import { withDecision } from './practice-slice';
import { announceDeletion } from './tab-channel';
import {
  MAX_ATTEMPTS_PER_MODULE,
  type ModuleProgress,
  type PersistedState,
  type QuizAttempt,
  type ScenarioProgress,
} from './schema';

export interface ProgressSlice {
  modules: PersistedState['modules'];
  quizzes: PersistedState['quizzes'];
  scenarios: PersistedState['scenarios'];
  /** Records that a lesson page was opened; it becomes the module's place to resume. */
  visitLesson: (moduleId: string, lessonId: string) => void;
  /** Adds a new quiz attempt. An unfinished earlier attempt is kept as it is. */
  startQuizAttempt: (moduleId: string, attempt: QuizAttempt) => void;
  /** Saves an answer to a question in an unfinished attempt; refuses to change a given answer. */
  answerQuestion: (
    moduleId: string,
    attemptId: string,
    questionId: string,
    selected: string[],
    correct: boolean,
  ) => void;
  /** Closes an attempt with its score; refuses an attempt already finished. */
  finishQuizAttempt: (moduleId: string, attemptId: string, score: number, passed: boolean) => void;
  /** Drops an unfinished attempt (when the course changed under it); finished attempts stay. */
  discardQuizAttempt: (
    moduleId: string,
    attemptId: string,
    options?: { announce?: boolean },
  ) => void;
  /** Starts a dilemma from the beginning, keeping the endings found before. */
  startScenario: (key: string) => void;
  /**
   * Records a choice at a step; `endingId` is set when the choice ends the dilemma.
   * When `right` is given (whether it was the best choice at the step), the
   * choice also counts in the practice statistics of that decision point.
   * Refuses a second choice at a step already passed in this run.
   */
  chooseInScenario: (
    key: string,
    stepId: string,
    choiceId: string,
    endingId?: string,
    right?: boolean,
  ) => void;
}

const now = () => Date.now();

/**
 * Keeps a module's attempts within what storage accepts: past the limit, the oldest
 * finished attempts go first, practice before full quizzes, never the best or the open one.
 */
export function withinLimit(
  attempts: QuizAttempt[],
  limit = MAX_ATTEMPTS_PER_MODULE - 50,
): QuizAttempt[] {
  if (attempts.length <= limit) return attempts;
  const best = bestFreshAttempt(attempts);
  const removable = attempts
    .filter((a) => a.finishedAt !== undefined && a !== best)
    .sort((a, b) =>
      a.mode === b.mode ? a.startedAt - b.startedAt : a.mode === 'wrong-only' ? -1 : 1,
    );
  const drop = new Set(removable.slice(0, attempts.length - limit));
  return attempts.filter((a) => !drop.has(a));
}

const emptyModule = (): ModuleProgress => ({ lessonsVisited: [], updatedAt: 0 });
const emptyScenario = (): ScenarioProgress => ({ endingsFound: [], updatedAt: 0 });

function updateAttempt(
  attempts: QuizAttempt[] | undefined,
  attemptId: string,
  change: (attempt: QuizAttempt) => QuizAttempt,
): QuizAttempt[] | undefined {
  if (!attempts) return undefined;
  let changed = false;
  const next = attempts.map((a) => {
    if (a.id !== attemptId || a.finishedAt !== undefined) return a;
    const updated = change(a);
    changed = updated !== a;
    return updated;
  });
  return changed ? next : undefined;
}

export const createProgressSlice: StateCreator<AppState, [], [], ProgressSlice> = (set) => ({
  modules: {},
  quizzes: {},
  scenarios: {},

  visitLesson: (moduleId, lessonId) =>
    set((state) => {
      const current = state.modules[moduleId] ?? emptyModule();
      if (current.currentLesson === lessonId && current.lessonsVisited.includes(lessonId)) {
        return state;
      }
      // Kept sorted, as a merge keeps it, so merging an unchanged state changes nothing.
      const visited = current.lessonsVisited.includes(lessonId)
        ? current.lessonsVisited
        : [...current.lessonsVisited, lessonId].sort();
      return {
        modules: {
          ...state.modules,
          [moduleId]: { lessonsVisited: visited, currentLesson: lessonId, updatedAt: now() },
        },
      };
    }),

  startQuizAttempt: (moduleId, attempt) =>
    set((state) => ({
      quizzes: {
        ...state.quizzes,
        [moduleId]: withinLimit([...(state.quizzes[moduleId] ?? []), attempt]),
      },
    })),

  answerQuestion: (moduleId, attemptId, questionId, selected, correct) =>
    set((state) => {
      const next = updateAttempt(state.quizzes[moduleId], attemptId, (a) =>
        a.answers[questionId]
          ? a
          : {
              ...a,
              updatedAt: now(),
              answers: { ...a.answers, [questionId]: { selected, correct, at: now() } },
            },
      );
      return next ? { quizzes: { ...state.quizzes, [moduleId]: next } } : state;
    }),

  finishQuizAttempt: (moduleId, attemptId, score, passed) =>
    set((state) => {
      const next = updateAttempt(state.quizzes[moduleId], attemptId, (a) => ({
        ...a,
        updatedAt: now(),
        finishedAt: now(),
        score,
        passed,
      }));
      return next ? { quizzes: { ...state.quizzes, [moduleId]: next } } : state;
    }),

  discardQuizAttempt: (moduleId, attemptId, { announce = true } = {}) => {
    set((state) => {
      const attempts = state.quizzes[moduleId];
      if (!attempts?.some((a) => a.id === attemptId && a.finishedAt === undefined)) return state;
      return {
        quizzes: { ...state.quizzes, [moduleId]: attempts.filter((a) => a.id !== attemptId) },
        forgotten: { ...state.forgotten, attempts: [...state.forgotten.attempts, attemptId] },
      };
    });
    if (announce) announceDeletion({ kind: 'discard-attempt', moduleId, attemptId });
  },

  startScenario: (key) =>
    set((state) => {
      const current = state.scenarios[key] ?? emptyScenario();
      const t = now();
      return {
        scenarios: {
          ...state.scenarios,
          [key]: { ...current, run: { path: [], startedAt: t, updatedAt: t }, updatedAt: t },
        },
      };
    }),

  chooseInScenario: (key, stepId, choiceId, endingId, right) =>
    set((state) => {
      const current = state.scenarios[key] ?? emptyScenario();
      const t = now();
      const run = current.run ?? { path: [], startedAt: t, updatedAt: t };
      if (run.path.some(([step]) => step === stepId)) return state;
      return {
        scenarios: {
          ...state.scenarios,
          [key]: {
            endingsFound:
              endingId && !current.endingsFound.includes(endingId)
                ? [...current.endingsFound, endingId].sort()
                : current.endingsFound,
            run: { ...run, path: [...run.path, [stepId, choiceId]], updatedAt: t },
            updatedAt: t,
          },
        },
        ...(right === undefined
          ? {}
          : { practice: withDecision(state.practice, `${key}/${stepId}`, right, t) }),
      };
    }),
});
