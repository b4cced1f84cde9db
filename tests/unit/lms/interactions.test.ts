import { describe, expect, it } from 'vitest';
import { cmiValues, objectiveSlots } from '@/lms/cmi-values';
import {
  answersIn,
  choiceResult,
  interactionValues,
  scorm12Time,
  scorm2004Time,
  toInteraction,
} from '@/lms/interactions';
import { courseReport } from '@/lms/report';
import { emptyState } from '@/store/persisted-fields';
import { finishedAttempt, index, modules, seeded, T0 } from './course';

const first = modules[0]!;
const scenario = first.scenarios[0]!;
const step = scenario.steps.find((s) => s.id === scenario.start)!;

/** SCORM 1.2's CMIIdentifier: printable ASCII without spaces, at most 255 characters. */
const CMI_IDENTIFIER = /^[\x21-\x7e]{1,255}$/;

function learnerWithAnswers() {
  const state = emptyState();
  state.quizzes[first.id] = [finishedAttempt(first, seeded(3), T0, 0.5)];
  state.scenarios[`${first.id}/${scenario.id}`] = {
    endingsFound: [],
    run: { path: [[step.id, step.choices[0]!.id]], startedAt: T0 + 1, updatedAt: T0 + 500_000 },
    updatedAt: T0 + 500_000,
  };
  return state;
}

describe('answers as interactions', () => {
  it('finds every quiz answer and every dilemma choice, oldest first, each with its own key', () => {
    const state = learnerWithAnswers();
    const answers = answersIn(state);
    const attempt = state.quizzes[first.id]![0]!;
    expect(answers).toHaveLength(Object.keys(attempt.answers).length + 1);
    expect(answers.at(-1)).toMatchObject({
      kind: 'dilemma',
      moduleId: first.id,
      scenarioId: scenario.id,
      stepId: step.id,
      choiceId: step.choices[0]!.id,
      at: T0 + 500_000,
    });
    expect(new Set(answers.map((a) => a.key)).size).toBe(answers.length);
    // Another attempt at the same question is another answer.
    state.quizzes[first.id]!.push(finishedAttempt(first, seeded(4), T0 + 9_000_000, 1));
    expect(new Set(answersIn(state).map((a) => a.key)).size).toBe(answersIn(state).length);
  });

  it('names every question and step of the real course within SCORM 1.2 identifiers', () => {
    for (const module of modules) {
      for (const question of module.quiz.questions) {
        const interaction = toInteraction({
          kind: 'quiz',
          key: 'k',
          moduleId: module.id,
          questionId: question.id,
          selected: question.options.map((o) => o.id),
          correct: true,
          at: T0,
        })!;
        expect(interaction.id).toMatch(CMI_IDENTIFIER);
        expect(interaction.id).toBe(`quiz.${module.id}.${question.id}`);
      }
      for (const s of module.scenarios) {
        for (const st of s.steps) {
          const interaction = toInteraction({
            kind: 'dilemma',
            key: 'k',
            moduleId: module.id,
            scenarioId: s.id,
            stepId: st.id,
            choiceId: st.choices[0]!.id,
            at: T0,
          })!;
          expect(interaction.id).toMatch(CMI_IDENTIFIER);
          expect(interaction.id).toBe(`dilemma.${module.id}.${s.id}.${st.id}`);
        }
      }
    }
  });

  it('leaves out an answer whose ids would not make a valid identifier', () => {
    const answer = {
      kind: 'quiz' as const,
      key: 'k',
      moduleId: first.id,
      questionId: 'a question',
      selected: ['x'],
      correct: true,
      at: T0,
    };
    expect(toInteraction(answer)).toBeUndefined();
    expect(toInteraction({ ...answer, questionId: 'q', selected: ['a,b'] })).toBeUndefined();
  });

  it('rates a dilemma choice by its quality: best correct, poor wrong, the rest neutral', () => {
    const all = modules.flatMap((m) => m.scenarios.flatMap((s) => s.steps));
    const results = new Set<string>();
    for (const st of all) {
      for (const choice of st.choices) {
        const result = choiceResult(st, choice);
        results.add(result);
        if (choice.quality === 'good') expect(result).toBe('correct');
        if (choice.quality === 'poor') expect(result).toBe('wrong');
      }
    }
    expect(results).toEqual(new Set(['correct', 'wrong', 'neutral']));
  });

  it('writes SCORM 1.2 values: choice, comma-separated response, correct/wrong, time of day', () => {
    const at = new Date(2026, 2, 2, 9, 5, 7).getTime();
    const values = Object.fromEntries(
      interactionValues('1.2', 3, {
        id: 'quiz.m.q',
        objective: 'm',
        response: ['a', 'b'],
        result: 'wrong',
        at,
      }),
    );
    expect(values).toEqual({
      'cmi.interactions.3.id': 'quiz.m.q',
      'cmi.interactions.3.type': 'choice',
      'cmi.interactions.3.objectives.0.id': 'm',
      'cmi.interactions.3.time': '09:05:07',
      'cmi.interactions.3.student_response': 'a,b',
      'cmi.interactions.3.result': 'wrong',
    });
    // id and type come first: an LMS may refuse the rest before them.
    expect(interactionValues('1.2', 3, { id: 'x', objective: 'm', response: [], at })[0]![0]).toBe(
      'cmi.interactions.3.id',
    );
  });

  it('writes SCORM 2004 values: [,]-separated response, incorrect, an ISO timestamp', () => {
    const values = Object.fromEntries(
      interactionValues('2004', 0, {
        id: 'quiz.m.q',
        objective: 'm',
        response: ['a', 'b'],
        result: 'wrong',
        at: Date.UTC(2026, 2, 2, 9, 15, 42, 317),
      }),
    );
    expect(values).toEqual({
      'cmi.interactions.0.id': 'quiz.m.q',
      'cmi.interactions.0.type': 'choice',
      'cmi.interactions.0.objectives.0.id': 'm',
      'cmi.interactions.0.timestamp': '2026-03-02T09:15:42.31Z',
      'cmi.interactions.0.learner_response': 'a[,]b',
      'cmi.interactions.0.result': 'incorrect',
    });
  });

  it('keeps times within what the standards allow', () => {
    expect(scorm12Time(T0)).toMatch(/^([01]\d|2[0-3]):[0-5]\d:[0-5]\d$/);
    expect(scorm2004Time(T0)).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d\dZ$/);
    expect(scorm2004Time(Date.UTC(2039, 0, 1))).toBeUndefined();
    expect(scorm2004Time(9e15)).toBeUndefined();
    expect(scorm12Time(9e15)).toBeUndefined();
  });

  it('adds the language and the interactions to the values, after the location', () => {
    const state = emptyState('en');
    const interaction = toInteraction(answersIn(learnerWithAnswers())[0]!)!;
    for (const [version, element] of [
      ['1.2', 'cmi.student_preference.language'],
      ['2004', 'cmi.learner_preference.language'],
    ] as const) {
      const values = cmiValues(version, {
        report: courseReport(state, index),
        suspendData: '',
        sessionMs: 0,
        slots: objectiveSlots([], []),
        location: '#/',
        language: 'en',
        interactions: [{ n: 4, interaction }],
      });
      const names = values.map(([name]) => name);
      expect(Object.fromEntries(values)[element]).toBe('en');
      expect(names).toContain('cmi.interactions.4.id');
      expect(names.indexOf('cmi.interactions.4.id')).toBeGreaterThan(
        names.findIndex((n) => n.endsWith('location')),
      );
    }
  });
});
