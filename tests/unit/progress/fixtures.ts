/** Shared test data for the progress and certificate tests. */
import { readFileSync } from 'node:fs';
import { loadPersisted } from '@/store/load-persisted';
import type { PersistedState, QuizAttempt } from '@/store/schema';
import type { Catalogue, ModuleSummary } from '@/types/content';

export const V1_TEXT = readFileSync('tests/fixtures/storage/v1.json', 'utf8');

/** The stored v1 fixture as today's state, in Swedish. */
export function v1State(): PersistedState {
  const result = loadPersisted(V1_TEXT);
  if (!result.ok || !result.state) throw new Error('fixture v1 does not load');
  return { ...result.state, settings: { ...result.state.settings, language: 'sv' } };
}

/** A state with nothing in it but the language. */
export function blankState(): PersistedState {
  const state = v1State();
  return {
    ...state,
    settings: { language: 'sv', learnerName: '', updatedAt: 0 },
    assignments: {},
    modules: {},
    quizzes: {},
    scenarios: {},
  };
}

const summary = (id: string, title: string, required: boolean): ModuleSummary => ({
  id,
  minutes: 10,
  title,
  summary: `${title} in short.`,
  required,
  lessons: [
    { id: 'definition', title: 'Definition' },
    { id: 'public-sector', title: 'Public sector' },
    { id: 'third', title: 'Third' },
  ],
  questionCount: 10,
  quizDraw: 5,
  scenarios: [
    {
      id: 'friend-consultant',
      title: 'Friend',
      endings: [
        { id: 'end-good', rating: 'good' },
        { id: 'end-poor', rating: 'poor' },
      ],
    },
  ],
});

/** A core of two modules, and two tracks of one module each (one a link cannot name). */
export const catalogue: Catalogue = {
  language: 'sv',
  course: {
    title: 'Mutkollen',
    version: '1.2.0',
    lawCheckedDate: '2026-11-21',
    passMark: 0.8,
    intro: 'A course.',
  },
  modules: [
    summary('what-is-corruption', 'Vad är korruption?', true),
    summary('bribery-and-the-law', 'Mutbrott och lagen', true),
    summary('extra-reading', 'Fördjupning', false),
    summary('procurement-risks', 'Upphandlingens risker', false),
  ],
  core: { modules: ['what-is-corruption', 'bribery-and-the-law'], minutes: 20 },
  tracks: [
    {
      id: 'deeper',
      title: 'Fördjupning',
      summary: 'Mer att läsa.',
      role: 'Du vill veta mer',
      modules: ['extra-reading'],
      minutes: 10,
    },
    {
      id: 'procurement',
      title: 'Upphandling och avtal',
      summary: 'Riskerna i en upphandling.',
      role: 'Du upphandlar eller följer upp avtal',
      modules: ['procurement-risks'],
      minutes: 15,
    },
  ],
};

const NOON = Date.UTC(2026, 10, 21, 12);
const DAY = 24 * 60 * 60 * 1000;

/** A finished attempt `day` days after 21 November 2026, at noon UTC. */
export function finished(
  id: string,
  day: number,
  score: number,
  extra: Partial<QuizAttempt> = {},
): QuizAttempt {
  const mode = extra.mode ?? 'fresh';
  const time = NOON + day * DAY;
  return {
    id,
    mode,
    startedAt: time - 60_000,
    updatedAt: time,
    finishedAt: time,
    passMark: 0.8,
    questions: [{ id: 'q1', options: ['a', 'b'] }],
    answers: { q1: { selected: ['a'], correct: true, at: time - 1000 } },
    score,
    passed: mode === 'fresh' && score >= 0.8,
    ...extra,
  };
}
