/**
 * fast-check generators for saved states shaped like the app makes them,
 * with the real course's ids: lessons read, endings found, quiz attempts
 * drawn from each module's pool with their options shuffled.
 */
import fc from 'fast-check';
import type { CourseIndex, IndexedModule } from '@/lms/course-index';
import type {
  ModuleProgress,
  PersistedState,
  QuizAnswer,
  QuizAttempt,
  ScenarioProgress,
} from '@/store/schema';
import { index } from './course';
import { emptyState } from '@/store/persisted-fields';

const YEAR = 365 * 24 * 3600 * 1000;
const TIME_EPOCH = Date.UTC(2020, 0, 1);
export const time = fc.integer({ min: TIME_EPOCH, max: TIME_EPOCH + 30 * YEAR });

/** A name as typed: any well-formed text of up to 120 characters. */
const name = fc.string({ unit: 'grapheme', maxLength: 120 }).filter((s) => s.length <= 120);

function attempt(module: IndexedModule, id: string): fc.Arbitrary<QuizAttempt> {
  return fc
    .record({
      mode: fc.constantFrom('fresh' as const, 'wrong-only' as const),
      startedAt: time,
      took: fc.integer({ min: 0, max: 3 * 3600 * 1000 }),
      finished: fc.boolean(),
      passed: fc.boolean(),
      passMark: fc.integer({ min: 500, max: 1000 }).map((p) => p / 1000),
      questions: fc.shuffledSubarray(module.questions, { minLength: 1, maxLength: 8 }),
      orderSeeds: fc.array(fc.nat(), { minLength: 8, maxLength: 8 }),
      answers: fc.array(
        fc.record({
          answered: fc.boolean(),
          picks: fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }),
          correct: fc.boolean(),
        }),
        { minLength: 8, maxLength: 8 },
      ),
    })
    .map((a) => {
      const questions = a.questions.map((q, i) => {
        // A rotation of the content order stands in for a shuffle.
        const shift = a.orderSeeds[i]! % q.options.length;
        return { id: q.id, options: [...q.options.slice(shift), ...q.options.slice(0, shift)] };
      });
      const answers: Record<string, QuizAnswer> = {};
      questions.forEach((q, i) => {
        const given = a.answers[i]!;
        if (!a.finished && !given.answered) return;
        answers[q.id] = {
          selected: q.options.filter((_, o) => given.picks[o]),
          correct: given.correct,
          at: a.startedAt + Math.floor(a.took / 2),
        };
      });
      const right = questions.filter((q) => answers[q.id]?.correct).length;
      const result: QuizAttempt = {
        id,
        mode: a.mode,
        startedAt: a.startedAt,
        updatedAt: a.startedAt + a.took,
        passMark: a.passMark,
        questions,
        answers,
      };
      if (a.finished) {
        result.finishedAt = a.startedAt + a.took;
        result.score = right / questions.length;
        result.passed = a.mode === 'fresh' && a.passed;
      }
      return result;
    });
}

function moduleProgress(module: IndexedModule): fc.Arbitrary<ModuleProgress> {
  return fc
    .record({
      read: fc.subarray(module.lessons),
      current: fc.option(fc.constantFrom(...module.lessons), { nil: undefined }),
      updatedAt: time,
    })
    .map(({ read, current, updatedAt }) => ({
      lessonsVisited: read,
      ...(current ? { currentLesson: current } : {}),
      updatedAt,
    }));
}

function scenario(endings: string[]): fc.Arbitrary<ScenarioProgress> {
  return fc.record({ endingsFound: fc.subarray(endings), updatedAt: time });
}

const moduleState = (module: IndexedModule, m: number) =>
  fc.record({
    progress: fc.option(moduleProgress(module), { nil: undefined }),
    scenarios: fc.tuple(
      ...module.scenarios.map((s) => fc.option(scenario(s.endings), { nil: undefined })),
    ),
    attempts: fc
      .array(fc.nat(), { maxLength: 12 })
      .chain((keys) => fc.tuple(...keys.map((_, i) => attempt(module, `a${m}x${i}k${keys[i]}`)))),
  });

/**
 * A valid saved state for `course` (the real course unless given), as the app
 * could have saved it, in one of `languages`. The language is a code as
 * suspend data carries it, so a state in a language the store does not know
 * (yet) is typed as the store's.
 */
export function learnerStateFor(
  course: CourseIndex = index,
  languages: readonly string[] = ['sv', 'en'],
): fc.Arbitrary<PersistedState> {
  return fc
    .record({
      language: fc.constantFrom(...(languages as PersistedState['settings']['language'][])),
      learnerName: name,
      updatedAt: time,
      modules: fc.tuple(
        ...course.modules.map((m, i) => fc.option(moduleState(m, i), { nil: undefined })),
      ),
    })
    .map(({ language, learnerName, updatedAt, modules }) => {
      const state: PersistedState = {
        ...emptyState(),
        settings: { language, learnerName, updatedAt },
      };
      modules.forEach((saved, i) => {
        const module = course.modules[i]!;
        if (!saved) return;
        if (saved.progress) state.modules[module.id] = saved.progress;
        saved.scenarios.forEach((s, j) => {
          if (s) state.scenarios[`${module.id}/${module.scenarios[j]!.id}`] = s;
        });
        if (saved.attempts.length) {
          state.quizzes[module.id] = [...saved.attempts].sort((x, y) => x.startedAt - y.startedAt);
        }
      });
      return state;
    });
}

/** A valid saved state for the real course, in Swedish or English. */
export const learnerState = learnerStateFor();
