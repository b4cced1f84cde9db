/**
 * What the LMS is told about the learner, derived from saved progress: the
 * course's completion, success and score (all from the core), each module's
 * outcome, and the core's and each track's outcome. Pure; cmi-values.ts turns
 * it into SCORM data model values.
 */
import { bestScore, hasPassed } from '@/domain/attempts';
import { isModuleStarted } from '@/domain/module-status';
import type { PersistedState } from '@/store/schema';
import type { CourseIndex, IndexedModule, IndexedPart } from './course-index';

/**
 * - passed: a full quiz passed (for a part: every module's);
 * - failed: a full quiz finished, none passed yet (for a part: every module's quiz taken, not all passed);
 * - incomplete: started (a lesson read, a quiz begun or a dilemma played);
 * - not-attempted: nothing done yet.
 */
export type ModuleOutcome = 'passed' | 'failed' | 'incomplete' | 'not-attempted';

/** One objective in the LMS: a module, the core or a track. */
export interface ObjectiveReport {
  id: string;
  outcome: ModuleOutcome;
  /** A module: every lesson read and a full quiz finished, or passed. A part: every module so. */
  completed: boolean;
  /** A module: its best full-quiz score (0–1). A part: the mean of its modules' (0 for one not taken). */
  best?: number;
}

export interface ModuleReport extends ObjectiveReport {
  required: boolean;
}

export interface PartReport extends ObjectiveReport {
  modules: string[];
}

export interface CourseReport {
  /** Every module of the core passed. */
  passed: boolean;
  /** Every core module's quiz taken (passed or not). */
  completed: boolean;
  /** Mean of the core modules' best scores (0–1; a module not taken counts 0), once any is taken. */
  score?: number;
  modules: ModuleReport[];
  /** The core first, then each track. */
  parts: PartReport[];
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

/** A part's standing from its modules' (modules missing from the course count as not attempted). */
function partReport(part: IndexedPart, modules: ModuleReport[]): PartReport {
  const own = part.modules.map(
    (id) =>
      modules.find((m) => m.id === id) ?? {
        id,
        required: false,
        outcome: 'not-attempted' as const,
        completed: false,
      },
  );
  const taken = own.filter((m) => m.best !== undefined);
  const outcome: ModuleOutcome = own.every((m) => m.outcome === 'passed')
    ? 'passed'
    : taken.length === own.length
      ? 'failed'
      : own.some((m) => m.outcome !== 'not-attempted')
        ? 'incomplete'
        : 'not-attempted';
  const report: PartReport = {
    id: part.id,
    modules: part.modules,
    outcome: own.length > 0 ? outcome : 'not-attempted',
    completed: own.length > 0 && own.every((m) => m.completed),
  };
  if (taken.length > 0) report.best = own.reduce((n, m) => n + (m.best ?? 0), 0) / own.length;
  return report;
}

/** The course's and each module's and part's standing, for the LMS. Modules without a full quiz count as not passed. */
export function courseReport(state: PersistedState, index: CourseIndex): CourseReport {
  const modules = index.modules.map((m) => moduleReport(m, state));
  const listed = modules.filter((m) => m.required);
  const required = listed.length > 0 ? listed : modules;
  const taken = required.filter((m) => m.best !== undefined);
  const report: CourseReport = {
    passed: required.length > 0 && required.every((m) => m.outcome === 'passed'),
    completed: required.length > 0 && taken.length === required.length,
    modules,
    parts: index.parts.map((p) => partReport(p, modules)),
  };
  if (taken.length > 0) {
    report.score = required.reduce((sum, m) => sum + (m.best ?? 0), 0) / required.length;
  }
  return report;
}

/** What the LMS already recorded at launch: the course and each objective (module, core, track). */
export interface LmsRecord {
  passed: boolean;
  /** 0–1. */
  score?: number;
  /** By objective id. */
  modules: Record<string, { passed: boolean; best?: number }>;
}

function raise<T extends ObjectiveReport>(objective: T, record: LmsRecord): T {
  const held = record.modules[objective.id];
  if (!held) return objective;
  const raised: T = { ...objective };
  if (objective.best !== undefined || held.best !== undefined) {
    raised.best = Math.max(objective.best ?? 0, held.best ?? 0);
  }
  if (held.passed) {
    raised.outcome = 'passed';
    raised.completed = true;
  }
  return raised;
}

/**
 * The report, never below what the LMS already recorded: an objective or the
 * course the LMS holds as passed stays passed, and a score never drops. So a
 * session that could not read the saved progress (another version of the
 * course, data the LMS lost) cannot take a completion away.
 */
export function atLeastRecorded(report: CourseReport, record: LmsRecord): CourseReport {
  const raised: CourseReport = {
    ...report,
    modules: report.modules.map((m) => raise(m, record)),
    parts: report.parts.map((p) => raise(p, record)),
    passed: report.passed || record.passed,
    completed: report.completed || record.passed,
  };
  if (record.score !== undefined && record.score > (report.score ?? -1))
    raised.score = record.score;
  return raised;
}
