/**
 * What the LMS is told about the learner, derived from saved progress: the
 * course's completion, success and score, and each module's outcome. Pure;
 * cmi-values.ts turns it into SCORM data model values.
 */
import { bestScore, hasPassed } from '@/domain/attempts';
import { isModuleStarted } from '@/domain/module-status';
import type { PersistedState } from '@/store/schema';
import type { CourseIndex, IndexedModule } from './course-index';

/**
 * - passed: a full quiz passed;
 * - failed: a full quiz finished, none passed yet;
 * - incomplete: started (a lesson read, a quiz begun or a dilemma played);
 * - not-attempted: nothing done yet.
 */
export type ModuleOutcome = 'passed' | 'failed' | 'incomplete' | 'not-attempted';

export interface ModuleReport {
  id: string;
  required: boolean;
  outcome: ModuleOutcome;
  /** Every lesson read and a full quiz finished, or the module passed. */
  completed: boolean;
  /** Best full-quiz score (0–1), when there is one. */
  best?: number;
}

export interface CourseReport {
  /** Every required module passed. */
  passed: boolean;
  /** Every required module's quiz taken (passed or not). */
  completed: boolean;
  /** Mean of the required modules' best scores (0–1; a module not taken counts 0), once any is taken. */
  score?: number;
  modules: ModuleReport[];
}

function moduleReport(module: IndexedModule, state: PersistedState): ModuleReport {
  const attempts = state.quizzes[module.id];
  const best = bestScore(attempts);
  const passed = hasPassed(attempts);
  const read = state.modules[module.id]?.lessonsVisited ?? [];
  const started = isModuleStarted(module, state);
  const outcome: ModuleOutcome = passed
    ? 'passed'
    : best !== undefined
      ? 'failed'
      : started
        ? 'incomplete'
        : 'not-attempted';
  const allRead = module.lessons.every((id) => read.includes(id));
  const report: ModuleReport = {
    id: module.id,
    required: module.required,
    outcome,
    completed: passed || (allRead && best !== undefined),
  };
  if (best !== undefined) report.best = best;
  return report;
}

/** The course's and each module's standing, for the LMS. Modules without a full quiz count as not passed. */
export function courseReport(state: PersistedState, index: CourseIndex): CourseReport {
  const modules = index.modules.map((m) => moduleReport(m, state));
  const listed = modules.filter((m) => m.required);
  const required = listed.length > 0 ? listed : modules;
  const taken = required.filter((m) => m.best !== undefined);
  const report: CourseReport = {
    passed: required.length > 0 && required.every((m) => m.outcome === 'passed'),
    completed: required.length > 0 && taken.length === required.length,
    modules,
  };
  if (taken.length > 0) {
    report.score = required.reduce((sum, m) => sum + (m.best ?? 0), 0) / required.length;
  }
  return report;
}

/** What the LMS already recorded at launch: the course and each module's objective. */
export interface LmsRecord {
  passed: boolean;
  /** 0–1. */
  score?: number;
  modules: Record<string, { passed: boolean; best?: number }>;
}

/**
 * The report, never below what the LMS already recorded: a module or course
 * the LMS holds as passed stays passed, and a score never drops. So a
 * session that could not read the saved progress (another version of the
 * course, data the LMS lost) cannot take a completion away.
 */
export function atLeastRecorded(report: CourseReport, record: LmsRecord): CourseReport {
  const modules = report.modules.map((m) => {
    const held = record.modules[m.id];
    if (!held) return m;
    const best = Math.max(m.best ?? 0, held.best ?? 0);
    const raised: ModuleReport = { ...m };
    if (m.best !== undefined || held.best !== undefined) raised.best = best;
    if (held.passed) {
      raised.outcome = 'passed';
      raised.completed = true;
    }
    return raised;
  });
  const raised: CourseReport = {
    ...report,
    modules,
    passed: report.passed || record.passed,
    completed: report.completed || record.passed,
  };
  if (record.score !== undefined && record.score > (report.score ?? -1))
    raised.score = record.score;
  return raised;
}
