import { type ComponentType, lazy } from 'react';
import { Route, Routes } from 'react-router';
import { routePatterns as p } from '@/lib/paths';
import { Layout } from './layout';
import { NotFoundPage } from './not-found-page';
import { RouteErrorBoundary } from './route-error-boundary';

/** Each page is its own chunk, loaded when the learner first goes there, inside its own error boundary. */
function page(load: () => Promise<{ default: ComponentType }>) {
  const Page = lazy(load);
  return (
    <RouteErrorBoundary>
      <Page />
    </RouteErrorBoundary>
  );
}

const pages = {
  catalogue: page(() => import('@/features/catalogue/catalogue-page')),
  module: page(() => import('@/features/catalogue/module-page')),
  lesson: page(() => import('@/features/lesson/lesson-page')),
  quiz: page(() => import('@/features/quiz/quiz-start-page')),
  quizResults: page(() => import('@/features/quiz/quiz-results-page')),
  quizQuestion: page(() => import('@/features/quiz/quiz-question-page')),
  scenario: page(() => import('@/features/scenario/scenario-page')),
  scenarioStep: page(() => import('@/features/scenario/scenario-step-page')),
  progress: page(() => import('@/features/progress/progress-page')),
  selfCheck: page(() => import('@/features/self-check/self-check-page')),
  trainer: page(() => import('@/features/trainer/trainer-page')),
  about: page(() => import('@/features/about/about-page')),
};

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={pages.catalogue} />
        <Route path={p.module} element={pages.module} />
        <Route path={p.lesson} element={pages.lesson} />
        <Route path={p.quiz} element={pages.quiz} />
        <Route path={p.quizResults} element={pages.quizResults} />
        <Route path={p.quizQuestion} element={pages.quizQuestion} />
        <Route path={p.scenario} element={pages.scenario} />
        <Route path={p.scenarioStep} element={pages.scenarioStep} />
        <Route path={p.progress} element={pages.progress} />
        <Route path={p.selfCheck} element={pages.selfCheck} />
        <Route path={p.trainer} element={pages.trainer} />
        <Route path={p.about} element={pages.about} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
