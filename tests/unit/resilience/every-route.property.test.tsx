/**
 * Break 1 of issue 12, generalised: for any state the stored schema accepts,
 * every route of the real route table renders without throwing. The states
 * come from the schema itself (schema-arbitrary.ts), with ids drawn from the
 * real course as well as at random, so pages find progress to show; the pages
 * load the real course content and the real strings.
 */
import { readFileSync } from 'node:fs';
import { act, cleanup, render, screen } from '@testing-library/react';
import fc from 'fast-check';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadContent } from '../../../pipeline/content/load';
import { ErrorBoundary } from '@/app/error-boundary';
import { AppRoutes, matchPageRoute } from '@/app/routes';
import { paths, routePatterns } from '@/lib/paths';
import {
  Assignment,
  DECISION_KEY,
  id,
  MAX_ID_LENGTH,
  MAX_TIME,
  PersistedState,
  PracticeRound,
  ScenarioKey,
  time,
} from '@/store/schema';
import { useAppStore } from '@/store/store';
import { validDraft } from '../assignment/arbitraries';
import { setupI18n } from '../render';
import { arbitraryOf, type Schema } from './schema-arbitrary';

const course = loadContent('content');
const modules = Object.values(course.modules.sv);

const scenarioKeys = modules.flatMap((m) => m.scenarios.map((s) => `${m.id}/${s.id}`));
const decisionKeys = modules.flatMap((m) =>
  m.scenarios.flatMap((s) => s.steps.map((step) => `${m.id}/${s.id}/${step.id}`)),
);
/** Every id the course uses: modules, lessons, questions, options, dilemmas, steps, choices, endings. */
const courseIds = [
  ...new Set(
    modules.flatMap((m) => [
      m.id,
      ...m.lessons.map((l) => l.id),
      ...m.quiz.questions.flatMap((q) => [q.id, ...q.options.map((o) => o.id)]),
      ...m.scenarios.flatMap((s) => [
        s.id,
        ...s.steps.flatMap((step) => [step.id, ...step.choices.map((c) => c.id)]),
        ...s.endings.map((e) => e.id),
      ]),
    ]),
  ),
].filter((x) => x.length <= MAX_ID_LENGTH);

const anyText = (min: number, max: number) =>
  fc.string({ unit: 'grapheme', minLength: min, maxLength: max }).filter((s) => s.length <= max);
const segment = anyText(1, 80).filter((s) => !s.includes('/'));
const YEAR = 365 * 24 * 3600 * 1000;

const id_ = fc.constantFrom(...courseIds);

const stateOf = arbitraryOf(PersistedState as unknown as Schema, {
  schemas: new Map<unknown, fc.Arbitrary<unknown>>([
    [
      id,
      fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...courseIds) }, anyText(1, MAX_ID_LENGTH)),
    ],
    [ScenarioKey, fc.oneof(fc.constantFrom(...scenarioKeys), anyText(3, 161))],
    // The assignment's own rules (clean text, whole-percent pass mark, real dates, web
    // addresses) are checks the schema walker cannot invert: its arbitrary is the link's.
    [
      Assignment,
      fc
        .tuple(validDraft, fc.integer({ min: 0, max: MAX_TIME }))
        .map(([draft, acceptedAt]) => ({ id: 'link-AbCdEfG', ...draft, acceptedAt })),
    ],
    // A round's place and answers must fit its keys, a check the walker cannot invert.
    [
      PracticeRound,
      fc
        .uniqueArray(fc.constantFrom(...decisionKeys), { minLength: 1, maxLength: 5 })
        .chain((keys) =>
          fc.record({
            keys: fc.constant(keys),
            answers: fc
              .subarray(keys)
              .chain((answered) =>
                fc.tuple(...answered.map((key) => fc.tuple(fc.constant(key), id_))),
              )
              .map((pairs) => Object.fromEntries(pairs)),
            index: fc.integer({ min: 0, max: keys.length }),
            startedAt: fc.integer({ min: 0, max: MAX_TIME }),
            updatedAt: fc.integer({ min: 0, max: MAX_TIME }),
          }),
        ),
    ],
    [
      time,
      fc.oneof(
        fc.constantFrom(0, 1, MAX_TIME - 1, MAX_TIME),
        fc.integer({ min: 0, max: 60 }).map((y) => Date.UTC(2000, 0, 1) + y * YEAR),
        fc.double({ min: 0, max: MAX_TIME, noNaN: true }).map(Math.floor),
      ),
    ],
  ]),
  patterns: {
    // Module ids as content writes them (an assignment names its modules so).
    ['^[a-z0-9]+(?:-[a-z0-9]+)*$']: fc.oneof(
      fc.constantFrom(...course.catalogue.sv.modules.map((m) => m.id)),
      fc.stringMatching(/^[a-z0-9]{1,8}(?:-[a-z0-9]{1,8}){0,3}$/),
    ),
    [DECISION_KEY.source]: fc.oneof(
      fc.constantFrom(...decisionKeys),
      fc.tuple(segment, segment, segment).map((parts) => parts.join('/')),
    ),
    // Any digits in the shape of a day, real dates or not ("0000-99-99"): the schema takes them.
    ['^\\d{4}-\\d{2}-\\d{2}$']: fc
      .tuple(fc.nat(9999), fc.nat(99), fc.nat(99))
      .map(
        ([y, m, d]) =>
          `${y}`.padStart(4, '0') + `-${`${m}`.padStart(2, '0')}-${`${d}`.padStart(2, '0')}`,
      ),
    ['^https?:\\/\\/\\S+$']: fc
      .tuple(fc.constantFrom('http://', 'https://'), fc.stringMatching(/^\S{1,60}$/))
      .map(([scheme, rest]) => scheme + rest),
  },
}).map((value) => {
  // The arbitrary is the schema's: every value it makes must pass, as stored state would.
  const parsed = PersistedState.safeParse(value);
  if (!parsed.success) throw new Error(`not a stored state: ${parsed.error.message}`);
  return parsed.data;
});

/** A path for each route pattern, with the course's ids (and the odd unknown one). */
const moduleArb = fc.constantFrom(...modules);
const pathOf: Record<keyof typeof routePatterns | 'home', fc.Arbitrary<string>> = {
  home: fc.constant(paths.home()),
  module: moduleArb.map((m) => paths.module(m.id)),
  lesson: moduleArb.chain((m) =>
    fc.constantFrom(...m.lessons).map((l) => paths.lesson(m.id, l.id)),
  ),
  quiz: moduleArb.map((m) => paths.quiz(m.id)),
  quizResults: moduleArb.map((m) => paths.quizResults(m.id)),
  quizQuestion: moduleArb.chain((m) =>
    fc.integer({ min: 1, max: m.quiz.draw + 1 }).map((n) => paths.quizQuestion(m.id, n)),
  ),
  scenario: moduleArb.chain((m) =>
    fc.constantFrom(...m.scenarios).map((s) => paths.scenario(m.id, s.id)),
  ),
  scenarioStep: moduleArb.chain((m) =>
    fc
      .constantFrom(...m.scenarios)
      .chain((s) =>
        fc
          .constantFrom(...s.steps.map((x) => x.id), ...s.endings.map((e) => e.id))
          .map((step) => paths.scenarioStep(m.id, s.id, step)),
      ),
  ),
  progress: fc.constant(paths.progress()),
  certificate: fc.constant(paths.certificate()),
  practice: fc.constant(paths.practice()),
  selfCheck: fc.constant(paths.selfCheck()),
  trainer: fc.constant(paths.trainer()),
  trainerGuide: fc.constant(paths.trainerGuide()),
  assignmentBuilder: fc.constant(paths.assignmentBuilder()),
  trainerResults: fc.constant(paths.trainerResults()),
  facilitate: moduleArb.chain((m) =>
    fc.constantFrom(...m.scenarios).map((s) => paths.facilitate(m.id, s.id)),
  ),
  facilitatorNotes: moduleArb.chain((m) =>
    fc.constantFrom(...m.scenarios).map((s) => paths.facilitatorNotes(m.id, s.id)),
  ),
  assignmentLink: fc.stringMatching(/^[\w.-]{1,40}$/).map((code) => paths.assignmentLink(code)),
  myAssignments: fc.constant(paths.myAssignments()),
  about: fc.constant(paths.about()),
  accessibility: fc.constant(paths.accessibility()),
};

/** The fixture with every moment at the last real date, the last due date and an assignment: the edges, every run. */
function extremeState(): PersistedState {
  const fixture = JSON.parse(readFileSync('tests/fixtures/storage/v2.json', 'utf8')).state;
  const text = JSON.stringify(fixture).replace(
    /("(?:at|startedAt|updatedAt|finishedAt|lastSeen)":)\d+/g,
    `$1${MAX_TIME}`,
  );
  const state = JSON.parse(text);
  state.assignments['link-AbCdEfG'] = {
    id: 'link-AbCdEfG',
    title: 'Mutor',
    organisation: '',
    contact: '',
    modules: modules.map((m) => m.id),
    passMark: 0.5,
    due: '2199-12-31',
    acceptedAt: MAX_TIME,
  };
  return PersistedState.parse(state);
}

const FAILED = 'Route failed';
const APP_FAILED = 'App failed';

async function renderAt(path: string) {
  // Inside act, so React waits for the page's code and content (React.lazy, use()) to settle.
  await act(async () => {
    render(
      <ErrorBoundary fallback={<h1>{APP_FAILED}</h1>}>
        <MemoryRouter initialEntries={[path]}>
          <AppRoutes />
        </MemoryRouter>
      </ErrorBoundary>,
    );
  });
  await screen.findByRole('heading', { level: 1 }, { timeout: 5000 });
  // Let effects run (an effect can throw too), then look again.
  await act(async () => undefined);
  return screen.getByRole('heading', { level: 1 }).textContent;
}

beforeAll(async () => {
  await setupI18n('sv');
});

afterEach(() => {
  cleanup();
});

describe('every route, whatever the stored schema accepts', () => {
  it('covers the whole route table', () => {
    for (const [name, pattern] of Object.entries(routePatterns)) {
      expect(pathOf[name as keyof typeof routePatterns], name).toBeDefined();
      expect(matchPageRoute(`/${pattern.replace(/:\w+/g, 'x')}`), name).toBeDefined();
    }
  });

  it.each(Object.keys(pathOf) as (keyof typeof pathOf)[])(
    'renders %s without throwing',
    async (name) => {
      vi.spyOn(console, 'error').mockImplementation(() => undefined);
      await fc.assert(
        fc.asyncProperty(stateOf, pathOf[name], async (state, path) => {
          cleanup();
          await setupI18n(state.settings.language);
          act(() => useAppStore.getState().replaceAll(state));
          const heading = await renderAt(path);
          expect(heading, path).not.toBe(APP_FAILED);
          expect(
            screen.queryByRole('heading', { name: /^(Något gick fel|Something went wrong)$/ }),
            FAILED,
          ).toBeNull();
        }),
        {
          numRuns: 8,
          examples: [[extremeState(), fc.sample(pathOf[name], { numRuns: 1, seed: 1 })[0]!]],
        },
      );
    },
    60_000,
  );
});
