/**
 * Each quiz answer and each dilemma choice as a SCORM interaction, so that
 * an employer can see in the LMS which questions people miss. Pure: the
 * session (session.ts) finds the new answers in the store, numbers them after
 * what the LMS already holds, and writes these values.
 *
 * Within the limits of SCORM 1.2, which every LMS supports:
 * - the id is a CMIIdentifier: at most 255 printable ASCII characters, no
 *   spaces (`quiz.<module>.<question>`, `dilemma.<module>.<dilemma>.<step>`;
 *   content ids are lower-case letters, digits and hyphens of at most 80);
 * - the type is `choice`, the response the ids of the options chosen
 *   (1.2: `a,b`; 2004: `a[,]b`);
 * - the result is correct, wrong (2004: incorrect) or neutral;
 * - the time is the learner's local time of day (1.2: `HH:MM:SS`), or an
 *   ISO 8601 timestamp in UTC (2004).
 */
import { isBestChoice } from '@/domain/practice';
import type { PersistedState } from '@/store/schema';
import type { ScenarioChoice, ScenarioStep } from '@/types/content';
import type { CmiValue, ScormVersion } from './scorm-types';

/** At most this many interactions in the LMS (the least a SCORM 2004 LMS must keep). */
export const MAX_INTERACTIONS = 250;

export type InteractionResult = 'correct' | 'wrong' | 'neutral';

/** An answer the learner gave, as found in their saved progress. */
export type Answer =
  | {
      kind: 'quiz';
      /** Unique to this answer (module, attempt, question): reported once. */
      key: string;
      moduleId: string;
      questionId: string;
      selected: string[];
      correct: boolean;
      /** When it was given (ms). */
      at: number;
    }
  | {
      kind: 'dilemma';
      /** Unique to this choice (dilemma, run, step): reported once. */
      key: string;
      moduleId: string;
      scenarioId: string;
      stepId: string;
      choiceId: string;
      at: number;
    };

/** One interaction, ready to write. */
export interface Interaction {
  id: string;
  /** The module it belongs to, written as the interaction's objective. */
  objective: string;
  /** The ids of the options chosen (a quiz) or of the choice made (a dilemma). */
  response: string[];
  result?: InteractionResult;
  /** When it was answered (ms). */
  at: number;
}

/**
 * Every quiz answer and every choice of the dilemmas in progress, oldest
 * first. A dilemma's choices are kept only until it is played again, so the
 * session looks for new ones at every change. The time of a choice is the
 * run's last change: for the choice just made, that is when it was made.
 */
export function answersIn(state: Pick<PersistedState, 'quizzes' | 'scenarios'>): Answer[] {
  const answers: Answer[] = [];
  for (const [moduleId, attempts] of Object.entries(state.quizzes)) {
    for (const attempt of attempts) {
      for (const [questionId, answer] of Object.entries(attempt.answers)) {
        answers.push({
          kind: 'quiz',
          key: `quiz/${moduleId}/${attempt.id}/${questionId}`,
          moduleId,
          questionId,
          selected: answer.selected,
          correct: answer.correct,
          at: answer.at,
        });
      }
    }
  }
  for (const [key, progress] of Object.entries(state.scenarios)) {
    const run = progress.run;
    const [moduleId, scenarioId] = key.split('/');
    if (!run || !moduleId || !scenarioId) continue;
    for (const [stepId, choiceId] of run.path) {
      answers.push({
        kind: 'dilemma',
        key: `dilemma/${key}/${run.startedAt}/${stepId}`,
        moduleId,
        scenarioId,
        stepId,
        choiceId,
        at: run.updatedAt,
      });
    }
  }
  return answers.sort((a, b) => a.at - b.at || (a.key < b.key ? -1 : 1));
}

/**
 * A dilemma choice's result, from its quality: the best choice at its step
 * (a good one, or the acceptable one where no choice is good) is correct, a
 * poor one is wrong, any other (acceptable where a better one was offered)
 * is neutral.
 */
export function choiceResult(step: ScenarioStep, choice: ScenarioChoice): InteractionResult {
  if (isBestChoice(step, choice)) return 'correct';
  return choice.quality === 'poor' ? 'wrong' : 'neutral';
}

/** A CMIIdentifier of SCORM 1.2: printable ASCII, no spaces, 1–255 characters. */
const IDENTIFIER = /^[\x21-\x7e]{1,255}$/;

/** The interaction for an answer; undefined when its ids would not make a valid identifier. */
export function toInteraction(answer: Answer, result?: InteractionResult): Interaction | undefined {
  const id =
    answer.kind === 'quiz'
      ? `quiz.${answer.moduleId}.${answer.questionId}`
      : `dilemma.${answer.moduleId}.${answer.scenarioId}.${answer.stepId}`;
  const response = answer.kind === 'quiz' ? answer.selected : [answer.choiceId];
  if (![id, answer.moduleId, ...response].every((s) => IDENTIFIER.test(s))) return undefined;
  if (response.some((s) => s.includes(','))) return undefined;
  const interaction: Interaction = { id, objective: answer.moduleId, response, at: answer.at };
  const resolved = answer.kind === 'quiz' ? (answer.correct ? 'correct' : 'wrong') : result;
  if (resolved) interaction.result = resolved;
  return interaction;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** SCORM 1.2 CMITime: the local time of day, `HH:MM:SS`; undefined for no real date. */
export function scorm12Time(ms: number): string | undefined {
  const date = new Date(ms);
  if (Number.isNaN(date.getTime())) return undefined;
  return `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
}

/**
 * SCORM 2004 time (second) in UTC with hundredths, `YYYY-MM-DDThh:mm:ss.ssZ`, as
 * the standard's pattern allows (years 1970–2038); undefined outside those years.
 */
export function scorm2004Time(ms: number): string | undefined {
  const date = new Date(ms);
  const year = date.getUTCFullYear();
  if (!(year >= 1970 && year <= 2038)) return undefined;
  return `${date.toISOString().slice(0, 22)}Z`;
}

/** The longest learner response SCORM 1.2 keeps (CMIFeedback, 255 characters). */
const RESPONSE_LIMIT_12 = 255;

/** As many of `ids` as fit in `limit` characters, joined by `separator`. */
function joinWithin(ids: string[], separator: string, limit: number): string {
  let text = '';
  for (const id of ids) {
    const next = text ? `${text}${separator}${id}` : id;
    if (next.length > limit) break;
    text = next;
  }
  return text;
}

/** The values of interaction number `n`, in the order an LMS wants them (id and type first). */
export function interactionValues(
  version: ScormVersion,
  n: number,
  interaction: Interaction,
): CmiValue[] {
  const prefix = `cmi.interactions.${n}`;
  const values: CmiValue[] = [
    [`${prefix}.id`, interaction.id],
    [`${prefix}.type`, 'choice'],
    [`${prefix}.objectives.0.id`, interaction.objective],
  ];
  if (version === '1.2') {
    const time = scorm12Time(interaction.at);
    if (time) values.push([`${prefix}.time`, time]);
    const response = joinWithin(interaction.response, ',', RESPONSE_LIMIT_12);
    if (response) values.push([`${prefix}.student_response`, response]);
    if (interaction.result) values.push([`${prefix}.result`, interaction.result]);
  } else {
    const timestamp = scorm2004Time(interaction.at);
    if (timestamp) values.push([`${prefix}.timestamp`, timestamp]);
    if (interaction.response.length > 0) {
      values.push([`${prefix}.learner_response`, interaction.response.slice(0, 36).join('[,]')]);
    }
    if (interaction.result) {
      const result = interaction.result === 'wrong' ? 'incorrect' : interaction.result;
      values.push([`${prefix}.result`, result]);
    }
  }
  return values;
}
