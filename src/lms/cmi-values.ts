/**
 * The SCORM data model values that report the learner's progress, for
 * SCORM 1.2 and SCORM 2004 (4th edition). Pure: the session writes them.
 */
import { type Interaction, interactionValues } from './interactions';
import type { CourseReport, ObjectiveReport } from './report';
import type { CmiValue, ScormVersion } from './scorm-types';
import { scorm12Duration, scorm2004Duration } from './scorm-time';

export interface CmiInput {
  report: CourseReport;
  suspendData: string;
  /** Time since this session began (ms). */
  sessionMs: number;
  /** The page to come back to (the hash route), if it fits. */
  location?: string;
  /** Position of each module's, the core's and each track's objective in cmi.objectives (see `objectiveSlots`). */
  slots: Record<string, number>;
  /** The learner's language code, as their preference. */
  language?: string;
  /** Interactions to write, each with its number in cmi.interactions. */
  interactions?: { n: number; interaction: Interaction }[];
}

/** Where each element lives in each version. */
export const ELEMENTS = {
  '1.2': {
    suspendData: 'cmi.suspend_data',
    location: 'cmi.core.lesson_location',
    objectiveCount: 'cmi.objectives._count',
    interactionCount: 'cmi.interactions._count',
    language: 'cmi.student_preference.language',
  },
  '2004': {
    suspendData: 'cmi.suspend_data',
    location: 'cmi.location',
    objectiveCount: 'cmi.objectives._count',
    interactionCount: 'cmi.interactions._count',
    language: 'cmi.learner_preference.language',
  },
} as const;

const LOCATION_LIMIT = { '1.2': 255, '2004': 1000 } as const;

/** Scores go to the LMS as whole percents, 0–100. */
const percent = (share: number) => Math.round(share * 100);

/**
 * A slot for every objective (module, core, track) in cmi.objectives: the ones the LMS already holds
 * keep their position (an objective's id cannot change once set), new ones
 * are added after them.
 */
export function objectiveSlots(existing: string[], objectiveIds: string[]): Record<string, number> {
  const slots: Record<string, number> = {};
  existing.forEach((id, n) => {
    if (objectiveIds.includes(id) && slots[id] === undefined) slots[id] = n;
  });
  let next = existing.length;
  for (const id of objectiveIds) if (slots[id] === undefined) slots[id] = next++;
  return slots;
}

function objective12(m: ObjectiveReport, n: number): CmiValue[] {
  const prefix = `cmi.objectives.${n}`;
  const status = m.outcome === 'not-attempted' ? 'not attempted' : m.outcome;
  return [
    [`${prefix}.id`, m.id],
    ...(m.best === undefined
      ? []
      : ([
          [`${prefix}.score.raw`, String(percent(m.best))],
          [`${prefix}.score.min`, '0'],
          [`${prefix}.score.max`, '100'],
        ] as CmiValue[])),
    [`${prefix}.status`, status],
  ];
}

function objective2004(m: ObjectiveReport, n: number): CmiValue[] {
  const prefix = `cmi.objectives.${n}`;
  const success = m.outcome === 'passed' ? 'passed' : m.outcome === 'failed' ? 'failed' : 'unknown';
  const completion = m.completed
    ? 'completed'
    : m.outcome === 'not-attempted'
      ? 'not attempted'
      : 'incomplete';
  return [
    [`${prefix}.id`, m.id],
    ...(m.best === undefined
      ? []
      : ([
          [`${prefix}.score.scaled`, String(percent(m.best) / 100)],
          [`${prefix}.score.raw`, String(percent(m.best))],
          [`${prefix}.score.min`, '0'],
          [`${prefix}.score.max`, '100'],
        ] as CmiValue[])),
    [`${prefix}.success_status`, success],
    [`${prefix}.completion_status`, completion],
  ];
}

function objectives(version: ScormVersion, input: CmiInput): CmiValue[] {
  return [...input.report.modules, ...input.report.parts]
    .filter((m) => input.slots[m.id] !== undefined)
    .sort((a, b) => input.slots[a.id]! - input.slots[b.id]!)
    .flatMap((m) =>
      version === '1.2' ? objective12(m, input.slots[m.id]!) : objective2004(m, input.slots[m.id]!),
    );
}

function location(version: ScormVersion, input: CmiInput): CmiValue[] {
  const value = input.location;
  if (!value || value.length > LOCATION_LIMIT[version]) return [];
  return [[ELEMENTS[version].location, value]];
}

/** The learner's language and their answers: after the report, before time and exit. */
function learner(version: ScormVersion, input: CmiInput): CmiValue[] {
  return [
    ...(input.language ? ([[ELEMENTS[version].language, input.language]] as CmiValue[]) : []),
    ...(input.interactions ?? []).flatMap(({ n, interaction }) =>
      interactionValues(version, n, interaction),
    ),
  ];
}

/** SCORM 1.2: lesson status passed, failed (every required quiz taken, not all passed) or incomplete. */
export function scorm12Values(input: CmiInput): CmiValue[] {
  const { report } = input;
  const status = report.passed ? 'passed' : report.completed ? 'failed' : 'incomplete';
  return [
    ['cmi.suspend_data', input.suspendData],
    ['cmi.core.lesson_status', status],
    ...(report.score === undefined
      ? []
      : ([
          ['cmi.core.score.raw', String(percent(report.score))],
          ['cmi.core.score.min', '0'],
          ['cmi.core.score.max', '100'],
        ] as CmiValue[])),
    ...objectives('1.2', input),
    ...location('1.2', input),
    ...learner('1.2', input),
    ['cmi.core.session_time', scorm12Duration(input.sessionMs)],
    ['cmi.core.exit', 'suspend'],
  ];
}

/** SCORM 2004: completion (every required quiz taken) and success (every required module passed). */
export function scorm2004Values(input: CmiInput): CmiValue[] {
  const { report } = input;
  const success = report.passed ? 'passed' : report.completed ? 'failed' : 'unknown';
  return [
    ['cmi.suspend_data', input.suspendData],
    ['cmi.completion_status', report.completed ? 'completed' : 'incomplete'],
    ['cmi.success_status', success],
    ...(report.score === undefined
      ? []
      : ([
          ['cmi.score.scaled', String(percent(report.score) / 100)],
          ['cmi.score.raw', String(percent(report.score))],
          ['cmi.score.min', '0'],
          ['cmi.score.max', '100'],
        ] as CmiValue[])),
    ...objectives('2004', input),
    ...location('2004', input),
    ...learner('2004', input),
    ['cmi.session_time', scorm2004Duration(input.sessionMs)],
    ['cmi.exit', 'suspend'],
  ];
}

/** The values for `version`. */
export const cmiValues = (version: ScormVersion, input: CmiInput) =>
  version === '1.2' ? scorm12Values(input) : scorm2004Values(input);
