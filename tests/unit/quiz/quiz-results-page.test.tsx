import { screen, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import ModulePage from '@/app/routes/module-page';
import QuizResultsPage from '@/app/routes/quiz-results-page';
import { useAppStore } from '@/store/store';
import type { QuizAttempt } from '@/store/schema';
import { loadContent } from '../../../pipeline/content/load';
import { blankState, finished } from '../progress/fixtures';
import { installCourse } from '../content-seam';
import { renderWithRouter, setupI18n } from '../render';

const content = loadContent('content');
const [first, second, ...rest] = content.catalogue.sv.core.modules as [string, string, ...string[]];
const titleOf = (id: string) => content.catalogue.sv.modules.find((m) => m.id === id)!.title;

beforeAll(async () => {
  await installCourse(content);
  const { loadModule } = await import('@/lib/content');
  await Promise.all(content.catalogue.sv.core.modules.map((id) => loadModule(id, 'sv')));
  await setupI18n('sv');
});

/** A finished attempt at the first two questions of a module's quiz; the second one wrong. */
function attempt(moduleId: string, id: string, day: number, extra: Partial<QuizAttempt>) {
  const [a, b] = content.modules.sv[moduleId]!.quiz.questions;
  const answer = (q: typeof a, correct: boolean) => ({
    selected: [q!.options.find((o) => o.correct === correct)!.id],
    correct,
    at: 1,
  });
  return finished(id, day, 0.5, {
    questions: [a!, b!].map((q) => ({ id: q.id, options: q.options.map((o) => o.id) })),
    answers: { [a!.id]: answer(a, true), [b!.id]: answer(b, false) },
    ...extra,
  });
}

function seed(quizzes: Record<string, QuizAttempt[]>) {
  const state = blankState();
  state.quizzes = quizzes;
  useAppStore.getState().replaceAll(state);
}

const renderResults = (moduleId: string) =>
  renderWithRouter(
    <Routes>
      <Route path="modules/:moduleId/quiz/results" element={<QuizResultsPage />} />
      <Route path="modules/:moduleId/quiz/:number" element={<p>question page</p>} />
    </Routes>,
    { route: `/modules/${moduleId}/quiz/results` },
  );

beforeEach(() => seed({}));

describe('the results of a passed quiz', () => {
  it('leads to the next part by name, and offers practice on the wrong answers right here', async () => {
    seed({ [first]: [attempt(first, 'p', 0, { score: 0.8, passed: true })] });
    const { user } = renderResults(first);

    expect(
      await screen.findByRole('link', { name: `Nästa del: ${titleOf(second)}` }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Gör quizet igen' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Tillbaka till delen' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: /Du har klarat kursen/ })).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Öva på frågan du svarade fel på' }));
    const attempts = useAppStore.getState().quizzes[first]!;
    expect(attempts.at(-1)!.mode).toBe('wrong-only');
    expect(attempts.at(-1)!.finishedAt).toBeUndefined();
    expect(attempts.at(-1)!.questions).toHaveLength(1);
    expect(screen.getByText('question page')).toBeInTheDocument();
  });

  it('after a practice round, says it does not count and that the part is already passed', async () => {
    seed({
      [first]: [
        attempt(first, 'p', 0, { score: 0.6, passed: false }),
        attempt(first, 'q', 1, { score: 0.8, passed: true }),
        attempt(first, 'r', 2, { score: 1, mode: 'wrong-only', passed: false }),
      ],
    });
    renderResults(first);
    expect(
      await screen.findByText(
        'Övningen är klar. Övningar räknas inte, men du har redan klarat quizet i den här delen.',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Bästa resultat: 80 %. Senaste övningsomgång: 100 % (räknas inte).'),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: `Nästa del: ${titleOf(second)}` })).toBeVisible();
  });

  it('is the finish line when it passes the last required quiz: heading in focus, certificate link', async () => {
    const passed = (id: string) => [attempt(id, `p-${id}`, 0, { score: 1, passed: true })];
    seed(Object.fromEntries([first, second, ...rest].map((id) => [id, passed(id)])));
    renderResults(rest.at(-1)!);

    const finish = await screen.findByRole('region', { name: /Du har klarat kursen/ });
    expect(within(finish).getByRole('heading', { level: 2 })).toHaveFocus();
    expect(within(finish).getByRole('link', { name: 'Till ditt intyg' })).toHaveAttribute(
      'href',
      '/certificate',
    );
    expect(screen.queryByRole('link', { name: /^Nästa del/ })).toBeNull();
  });
});

describe('a module page', () => {
  const renderModule = (moduleId: string) =>
    renderWithRouter(
      <Routes>
        <Route path="modules/:moduleId" element={<ModulePage />} />
      </Routes>,
      { route: `/modules/${moduleId}` },
    );

  it('once passed, leads on to the next part, with a way to read it again', async () => {
    seed({ [first]: [attempt(first, 'p', 0, { score: 0.8, passed: true })] });
    renderModule(first);
    const module = content.catalogue.sv.modules.find((m) => m.id === first)!;
    const secondModule = content.catalogue.sv.modules.find((m) => m.id === second)!;
    expect(
      await screen.findByRole('link', { name: `Nästa del: ${titleOf(second)}` }),
    ).toHaveAttribute('href', `/modules/${second}/lessons/${secondModule.lessons[0]!.id}`);
    expect(screen.getByRole('link', { name: 'Läs igen' })).toHaveAttribute(
      'href',
      `/modules/${first}/lessons/${module.lessons[0]!.id}`,
    );
  });

  it('with the course complete, leads to the certificate', async () => {
    const passed = (id: string) => [attempt(id, `p-${id}`, 0, { score: 1, passed: true })];
    seed(Object.fromEntries([first, second, ...rest].map((id) => [id, passed(id)])));
    renderModule(second);
    expect(await screen.findByRole('link', { name: 'Till ditt intyg' })).toHaveAttribute(
      'href',
      '/certificate',
    );
  });

  it('with every lesson read and the quiz not passed, leads to the quiz, not to itself', async () => {
    const module = content.catalogue.sv.modules.find((m) => m.id === first)!;
    const state = blankState();
    const ids = module.lessons.map((l) => l.id);
    state.modules = { [first]: { lessonsVisited: ids, currentLesson: ids.at(-1)!, updatedAt: 1 } };
    useAppStore.getState().replaceAll(state);
    renderModule(first);
    const main = (await screen.findAllByRole('link', { name: 'Gör quizet' }))[0]!;
    expect(main).toHaveAttribute('href', `/modules/${first}/quiz`);
    expect(main).toHaveClass('button--primary');
  });
});
