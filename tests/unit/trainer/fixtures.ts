/** A small course for the trainer tests: one module, one dilemma of two steps, three quiz questions. */
import type { Language } from '@/config/languages';
import type { Catalogue, ModuleContent, Question, Scenario, ScenarioChoice } from '@/types/content';
import type { TestCourse } from '../content-seam';

const text = (v: string) => [{ t: 'p' as const, c: [{ t: 'text' as const, v }] }];

const choice = (
  id: string,
  next: string,
  quality: ScenarioChoice['quality'],
  label: string,
): ScenarioChoice => ({
  id,
  next,
  quality,
  text: label,
  consequence: `Följden av ${id}.`,
  rule: `Regeln för ${id}.`,
  sources: [],
});

export const scenario: Scenario = {
  id: 's1',
  title: 'Resan',
  intro: text('Bakgrunden till resan.'),
  start: 'offer',
  steps: [
    {
      id: 'offer',
      text: text('En leverantör bjuder dig på en resa.'),
      discussion: 'Vem har nytta av resan?',
      choices: [
        choice('decline', 'follow-up', 'good', 'Tacka nej'),
        choice('ask', 'end-ok', 'acceptable', 'Fråga chefen senare'),
        choice('accept', 'end-bad', 'poor', 'Tacka ja'),
      ],
    },
    {
      id: 'follow-up',
      text: text('Leverantören ringer igen.'),
      discussion: '',
      choices: [
        choice('tell', 'end-good', 'good', 'Berätta för chefen'),
        choice('ignore', 'end-bad', 'poor', 'Säg inget'),
      ],
    },
  ],
  endings: [
    { id: 'end-good', rating: 'good', title: 'Allt gick bra', text: text('Ni gjorde rätt.') },
    { id: 'end-ok', rating: 'acceptable', title: 'Nästan', text: text('Det ordnade sig.') },
    { id: 'end-bad', rating: 'poor', title: 'Det gick illa', text: text('Det blev fel.') },
  ],
};

const option = (id: string, label: string, correct = false) => ({
  id,
  correct,
  text: label,
  feedback: '',
});

export const questions: Question[] = [
  {
    id: 'coffee',
    type: 'single',
    prompt: 'Får du ta emot en kopp kaffe?',
    options: [option('yes', 'Ja, det brukar gå bra', true), option('no', 'Nej, aldrig')],
    explanation: 'Kaffe på ett möte är sällan ett problem.',
    sources: [],
    recall: false,
  },
  {
    id: 'gifts',
    type: 'multiple',
    prompt: 'Vilka gåvor tackar du nej till?',
    options: [
      option('cash', 'Pengar i ett kuvert', true),
      option('card', 'Ett presentkort', true),
      option('drawing', 'En teckning från ett barn'),
    ],
    explanation: 'Pengar och presentkort tackar du alltid nej till.',
    sources: [],
    recall: false,
  },
  {
    id: 'limit',
    type: 'truefalse',
    prompt: 'Det finns en beloppsgräns i lagen.',
    options: [option('true', ''), option('false', '', true)],
    explanation: 'Lagen har ingen beloppsgräns.',
    sources: [],
    recall: false,
  },
];

export function moduleIn(language: Language): ModuleContent {
  const en = language === 'en';
  return {
    id: 'm1',
    language,
    minutes: 10,
    title: en ? 'Part one' : 'Del ett',
    summary: '',
    lessons: [],
    quiz: {
      draw: 3,
      questions: en ? questions.map((q) => ({ ...q, prompt: `EN ${q.prompt}` })) : questions,
    },
    scenarios: [scenario],
  };
}

export function catalogueIn(language: Language): Catalogue {
  const module = moduleIn(language);
  return {
    language,
    course: {
      title: 'Mutkollen',
      version: '1.0.0',
      lawCheckedDate: '2026-01-01',
      passMark: 0.8,
      intro: '',
    },
    modules: [
      {
        id: module.id,
        minutes: module.minutes,
        title: module.title,
        summary: '',
        required: true,
        lessons: [],
        questionCount: questions.length,
        quizDraw: 3,
        scenarios: [{ id: scenario.id, title: scenario.title, endings: [] }],
      },
    ],
    core: { modules: [module.id], minutes: module.minutes },
    tracks: [],
  };
}

/** The course these tests install through the content seam (tests/unit/content-seam.ts). */
export const course: TestCourse = {
  catalogue: { sv: catalogueIn('sv'), en: catalogueIn('en') },
  modules: { sv: { m1: moduleIn('sv') }, en: { m1: moduleIn('en') } },
};
