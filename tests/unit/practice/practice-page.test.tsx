import { act, screen, within } from '@testing-library/react';
import type { ReactElement } from 'react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import StartPage from '@/app/routes/start-page';
import PracticePage from '@/app/routes/practice-page';
import { PracticeFeedback } from '@/features/practice/practice-feedback';
import { STORAGE_KEY } from '@/store/safe-storage';
import { emptyState, persistedPart } from '@/store/persisted-fields';
import { STORAGE_VERSION } from '@/store/schema';
import { createAppStore, useAppStore } from '@/store/store';
import type { Catalogue, ModuleContent, Rating, ScenarioStep } from '@/types/content';
import { renderWithRouter, setupI18n } from '../render';
import { installCourse, sameInEveryLanguage } from '../content-seam';
import { FlakyStorage } from '../store/flaky-storage';

/** A small course: one module with two dilemmas and six decision points in all. */
const content = vi.hoisted(() => {
  const text = (v: string) => [{ t: 'p' as const, c: [{ t: 'text' as const, v }] }];
  const step = (id: string, best: Rating = 'good'): ScenarioStep => ({
    id,
    text: text(`Situationen ${id}.`),
    discussion: '',
    choices: [
      {
        id: 'right',
        next: 'end',
        quality: best,
        text: `${id}: rätt`,
        consequence: `Det gick bra i ${id}.`,
        rule: `Regel för ${id}.`,
        sources: [],
      },
      {
        id: 'wrong',
        next: 'end',
        quality: 'poor',
        text: `${id}: fel`,
        consequence: `Det gick illa i ${id}.`,
        rule: `Regel för ${id}.`,
        sources: [],
      },
    ],
  });
  const scenario = (id: string, steps: ScenarioStep[]) => ({
    id,
    title: `Dilemmat ${id}`,
    intro: text(`Bakgrunden till ${id}.`),
    start: steps[0]!.id,
    steps,
    endings: [{ id: 'end', rating: 'good' as const, title: 'Slut', text: [] }],
  });
  const module: ModuleContent = {
    id: 'm1',
    language: 'sv',
    minutes: 10,
    title: 'Del ett',
    summary: 'Om mutor.',
    lessons: [{ id: 'l1', title: 'Lektion', body: [], keyPoint: '', sources: [], employer: false }],
    quiz: { draw: 1, questions: [] },
    scenarios: [
      scenario('s1', [step('a'), step('b'), step('c', 'acceptable')]),
      scenario('s2', [step('d'), step('e'), step('f')]),
    ],
  };
  const catalogue: Catalogue = {
    language: 'sv',
    course: {
      title: 'Mutkollen',
      version: '1.0.0',
      lawCheckedDate: '2026-01-01',
      passMark: 0.8,
      intro: '',
    },
    modules: [
      {
        id: 'm1',
        minutes: 10,
        title: 'Del ett',
        summary: 'Om mutor.',
        required: true,
        lessons: [{ id: 'l1', title: 'Lektion' }],
        questionCount: 0,
        quizDraw: 1,
        scenarios: module.scenarios.map((s) => ({ id: s.id, title: s.title, endings: [] })),
      },
    ],
    core: { modules: ['m1'], minutes: 10 },
    tracks: [],
  };
  return { module, catalogue };
});

beforeAll(() => installCourse(sameInEveryLanguage(content.catalogue, [content.module])));

/** Renders inside an awaited act, so pages that suspend on content get to finish loading. */
async function renderPage(ui: ReactElement, route = '/') {
  let result: ReturnType<typeof renderWithRouter> | undefined;
  await act(async () => {
    result = renderWithRouter(ui, { route });
  });
  return result!;
}

const startedModule = () =>
  useAppStore.setState({
    ...emptyState('sv'),
    modules: { m1: { lessonsVisited: ['l1'], updatedAt: 1 } },
  });

beforeEach(async () => {
  await setupI18n('sv');
  useAppStore.setState(emptyState('sv'));
});

afterEach(() => {
  useAppStore.setState(emptyState('sv'));
});

describe('the practice page', () => {
  it('says so, and links to the course, when no part has been started', async () => {
    await renderPage(<PracticePage />, '/practice');
    expect(await screen.findByRole('heading', { level: 1, name: 'Öva på dilemman' })).toBeVisible();
    expect(screen.getByText(/Du har inte börjat på någon del/)).toBeVisible();
    expect(screen.getByRole('link', { name: 'Gå till kursen' })).toHaveAttribute('href', '/');
    expect(screen.queryByRole('button', { name: 'Börja en övning' })).toBeNull();
  });

  it('runs a session of five decisions to the summary and saves each answer', async () => {
    startedModule();
    const { user } = await renderPage(<PracticePage />, '/practice');
    expect(await screen.findByText(/Du kan öva på 6 vägval/)).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Börja en övning' }));

    const asked: string[] = [];
    for (let n = 1; n <= 5; n++) {
      const heading = await screen.findByRole('heading', { level: 2, name: `Vägval ${n} av 5` });
      expect(heading).toHaveFocus();
      const choices = within(screen.getByRole('list', { name: 'Vad gör du?' })).getAllByRole(
        'button',
      );
      const stepId = choices[0]!.textContent!.split(':')[0]!;
      asked.push(stepId);
      // The dilemma's title and intro give the context.
      expect(screen.getByText(/Dilemmat s[12]/)).toBeVisible();
      expect(screen.getByText(`Situationen ${stepId}.`)).toBeVisible();

      // Best choice for the first three, a poor one for the last two.
      const right = n <= 3;
      await user.click(
        screen.getByRole('button', { name: `${stepId}: ${right ? 'rätt' : 'fel'}` }),
      );
      const verdict = screen.getByRole('heading', {
        level: 3,
        name: /^(Det bästa valet|Ett dåligt val)$/,
      });
      expect(verdict).toHaveFocus();
      expect(verdict).toHaveTextContent(right ? '✓ Det bästa valet' : '✗ Ett dåligt val');
      expect(screen.getByText(`Det gick ${right ? 'bra' : 'illa'} i ${stepId}.`)).toBeVisible();
      expect(screen.getByRole('heading', { name: 'Regeln bakom' })).toBeVisible();
      if (right) {
        expect(screen.queryByRole('heading', { name: 'Det bästa valet hade varit:' })).toBeNull();
      } else {
        expect(screen.getByRole('heading', { name: 'Det bästa valet hade varit:' })).toBeVisible();
        // The choice buttons are gone, so this is the best choice named in the feedback.
        expect(screen.getByText(`${stepId}: rätt`).tagName).toBe('LI');
      }
      if (right && stepId === 'c') expect(screen.getByText(/inget helt bra val/)).toBeVisible();
      await user.click(
        screen.getByRole('button', { name: n < 5 ? 'Nästa vägval' : 'Se hur det gick' }),
      );
    }

    expect(new Set(asked).size).toBe(5);
    const summary = await screen.findByRole('heading', { level: 2, name: 'Så gick det' });
    expect(summary).toHaveFocus();
    expect(screen.getByText('Du gjorde det bästa valet i 3 av 5 vägval.')).toBeVisible();

    const key = (stepId: string) =>
      `m1/${stepId === 'd' || stepId === 'e' || stepId === 'f' ? 's2' : 's1'}/${stepId}`;
    const practice = useAppStore.getState().practice;
    expect(Object.keys(practice).sort()).toEqual(asked.map(key).sort());
    asked.forEach((stepId, i) => {
      expect(practice[key(stepId)]).toMatchObject({
        seen: 1,
        wrong: i < 3 ? 0 : 1,
        lastRight: i < 3,
      });
    });
    const saved = JSON.parse(localStorage.getItem(STORAGE_KEY)!);
    expect(saved.version).toBe(STORAGE_VERSION);
    expect(Object.keys(saved.state.practice)).toHaveLength(5);

    await user.click(screen.getByRole('button', { name: 'Öva igen' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Vägval 1 av 5' })).toHaveFocus();
  });
});

describe('a practice round after a reload', () => {
  it('goes on at the same decision, with the answer given, and the intro only before the round', async () => {
    startedModule();
    const first = await renderPage(<PracticePage />, '/practice');
    expect(screen.getByText(/Här övar du på vägvalen/)).toBeVisible();
    await first.user.click(await screen.findByRole('button', { name: 'Börja en övning' }));
    await screen.findByRole('heading', { level: 2, name: 'Vägval 1 av 5' });
    // The intro belongs to the start, not above each decision.
    expect(screen.queryByText(/Här övar du på vägvalen/)).toBeNull();
    await first.user.click(screen.getAllByRole('button', { name: /: rätt$/ })[0]!);
    await first.user.click(screen.getByRole('button', { name: 'Nästa vägval' }));
    const second = await screen.findByRole('heading', { level: 2, name: 'Vägval 2 av 5' });
    const situation = second.closest('section')!.querySelector('.prose')!.textContent;
    await first.user.click(screen.getAllByRole('button', { name: /: fel$/ })[0]!);
    first.unmount();

    // A reload: a new store read from what was saved.
    const saved = localStorage.getItem(STORAGE_KEY)!;
    expect(JSON.parse(saved).state.practiceRound.index).toBe(1);
    const storage = new FlakyStorage();
    storage.setItem(STORAGE_KEY, saved);
    const reloaded = createAppStore(storage, { syncTabs: false });
    useAppStore.setState(emptyState('sv'));
    useAppStore.setState(persistedPart(reloaded.getState()));

    await renderPage(<PracticePage />, '/practice');
    const again = await screen.findByRole('heading', { level: 2, name: 'Vägval 2 av 5' });
    expect(again.closest('section')!.querySelector('.prose')!.textContent).toBe(situation);
    expect(screen.getByRole('heading', { level: 3, name: 'Ett dåligt val' })).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Börja en övning' })).toBeNull();
    expect(screen.queryByText(/Här övar du på vägvalen/)).toBeNull();
  });
});

describe('a saved round the course no longer has', () => {
  it('offers a new round instead', async () => {
    startedModule();
    useAppStore.setState({
      practiceRound: {
        keys: ['m1/gone/x', 'm1/s1/a'],
        answers: {},
        index: 0,
        startedAt: 1,
        updatedAt: 1,
      },
    });
    const { user } = await renderPage(<PracticePage />, '/practice');
    await user.click(await screen.findByRole('button', { name: 'Börja en övning' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Vägval 1 av 5' })).toHaveFocus();
  });
});

describe('the heading above the choices', () => {
  it('asks "Vad gör du?" only when the situation does not already end with a question', async () => {
    const { PracticeDecision } = await import('@/features/practice/practice-decision');
    const point = (text: string) => ({
      key: 'm1/s1/a',
      moduleId: 'm1',
      scenario: content.module.scenarios[0]!,
      step: {
        ...content.module.scenarios[0]!.steps[0]!,
        text: [{ t: 'p' as const, c: [{ t: 'text' as const, v: text }] }],
      },
    });
    const asked = await renderPage(
      <PracticeDecision
        point={point('Ägaren bjuder på lunch. Vad gör du?')}
        position={1}
        total={5}
        chosenId={undefined}
        onChoose={() => {}}
        onNext={() => {}}
      />,
    );
    expect(screen.getAllByText(/Vad gör du\?/)).toHaveLength(1);
    expect(screen.getByRole('list', { name: 'Välj ett av alternativen' })).toBeVisible();
    asked.unmount();

    await renderPage(
      <PracticeDecision
        point={point('Ägaren bjuder på lunch.')}
        position={1}
        total={5}
        chosenId={undefined}
        onChoose={() => {}}
        onNext={() => {}}
      />,
    );
    expect(screen.getByRole('list', { name: 'Vad gör du?' })).toBeVisible();
  });
});

describe('the hint on the start page', () => {
  it('points to practice when a decision was answered wrong last time', async () => {
    startedModule();
    useAppStore.getState().recordDecision('m1/s1/a', false);
    await renderPage(<StartPage />);
    const hint = await screen.findByRole('region', { name: 'Dags att öva' });
    expect(within(hint).getByRole('link', { name: 'Öva på dilemman' })).toHaveAttribute(
      'href',
      '/practice',
    );
  });

  it('stays away when nothing is due', async () => {
    startedModule();
    for (const key of ['m1/s1/a', 'm1/s2/d']) useAppStore.getState().recordDecision(key, true);
    await renderPage(<StartPage />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Mutkollen' })).toBeVisible();
    expect(screen.queryByRole('region', { name: 'Dags att öva' })).toBeNull();
  });
});

describe('the feedback after a choice', () => {
  const choice = (id: string, quality: Rating) => ({
    id,
    next: 'end',
    quality,
    text: `Valet ${id}`,
    consequence: `Följden av ${id}.`,
    rule: `Regeln för ${id}.`,
    sources: [],
  });

  it('calls the acceptable choice the best where no choice is good, and says why', async () => {
    const step: ScenarioStep = {
      id: 'hard',
      text: [],
      discussion: '',
      choices: [choice('ok', 'acceptable'), choice('bad', 'poor')],
    };
    await renderPage(
      <PracticeFeedback step={step} chosen={step.choices[0]!} isLast onNext={() => {}} />,
    );
    expect(screen.getByRole('heading', { level: 3 })).toHaveTextContent('✓ Det bästa valet');
    expect(screen.getByText(/Här fanns inget helt bra val/)).toBeVisible();
    expect(screen.getByRole('button', { name: 'Se hur det gick' })).toBeVisible();
  });

  it('names every best choice when another was made', async () => {
    const step: ScenarioStep = {
      id: 'two',
      text: [],
      discussion: '',
      choices: [choice('x', 'good'), choice('y', 'good'), choice('z', 'acceptable')],
    };
    await renderPage(
      <PracticeFeedback step={step} chosen={step.choices[2]!} isLast={false} onNext={() => {}} />,
    );
    expect(screen.getByRole('heading', { level: 3 })).toHaveTextContent(
      '~ Godtagbart, men inte det bästa valet',
    );
    expect(screen.getByRole('heading', { name: 'De bästa valen hade varit:' })).toBeVisible();
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Valet x',
      'Valet y',
    ]);
    expect(screen.getByText('Följden av z.')).toBeVisible();
    expect(screen.getByText('Regeln för z.')).toBeVisible();
  });
});
