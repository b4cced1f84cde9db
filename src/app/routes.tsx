import { type ComponentType, lazy } from 'react';
import { matchPath, Route, Routes } from 'react-router';
import type { Namespace } from '@/lib/i18n';
import { routePatterns as p } from '@/lib/paths';
import { Layout } from './layout';
import { NotFoundPage } from './not-found-page';
import { RouteErrorBoundary } from './route-error-boundary';

type PageModule = () => Promise<{ default: ComponentType }>;

interface PageRoute {
  /** The route pattern; undefined for the start page (the index route). */
  path: string | undefined;
  load: PageModule;
  /** The page's string namespace, fetched together with its code on first load. */
  ns: Namespace;
}

/**
 * The trainer's pages: answer keys, facilitation, assignments and results. Left out of the LMS
 * packages (mode "scorm"), where the course is the learner's only: the condition is fixed at build
 * time, so their chunks are not even built there.
 */
const trainerRoutes: PageRoute[] =
  import.meta.env.MODE === 'scorm'
    ? []
    : [
        { path: p.trainer, ns: 'trainer', load: () => import('./routes/trainer-page') },
        { path: p.trainerGuide, ns: 'trainer', load: () => import('./routes/guide-page') },
        {
          path: p.facilitate,
          ns: 'facilitation',
          load: () => import('./routes/facilitation-page'),
        },
        {
          path: p.assignmentBuilder,
          ns: 'assignment',
          load: () => import('./routes/builder-page'),
        },
        {
          path: p.trainerResults,
          ns: 'assignment',
          load: () => import('./routes/results-page'),
        },
        {
          path: p.facilitatorNotes,
          ns: 'facilitation',
          load: () => import('./routes/facilitator-notes-page'),
        },
      ];

/** Every page: its own chunk, loaded when the learner first goes there. */
const pageRoutes: PageRoute[] = [
  { path: undefined, ns: 'catalogue', load: () => import('./routes/start-page') },
  { path: p.module, ns: 'catalogue', load: () => import('./routes/module-page') },
  { path: p.lesson, ns: 'lesson', load: () => import('./routes/lesson-page') },
  { path: p.quiz, ns: 'quiz', load: () => import('./routes/quiz-start-page') },
  { path: p.quizResults, ns: 'quiz', load: () => import('./routes/quiz-results-page') },
  { path: p.quizQuestion, ns: 'quiz', load: () => import('./routes/quiz-question-page') },
  { path: p.scenario, ns: 'scenario', load: () => import('./routes/scenario-page') },
  {
    path: p.scenarioStep,
    ns: 'scenario',
    load: () => import('./routes/scenario-step-page'),
  },
  { path: p.progress, ns: 'progress', load: () => import('./routes/progress-page') },
  {
    path: p.certificate,
    ns: 'certificate',
    load: () => import('./routes/certificate-page'),
  },
  { path: p.practice, ns: 'practice', load: () => import('./routes/practice-page') },
  {
    path: p.selfCheck,
    ns: 'selfcheck',
    load: () => import('./routes/self-check-page'),
  },
  ...trainerRoutes,
  {
    path: p.assignmentLink,
    ns: 'assignment',
    load: () => import('./routes/accept-page'),
  },
  {
    path: p.myAssignments,
    ns: 'assignment',
    load: () => import('./routes/my-assignments-page'),
  },
  { path: p.about, ns: 'about', load: () => import('./routes/about-page') },
  {
    path: p.accessibility,
    ns: 'accessibility',
    load: () => import('./routes/accessibility-page'),
  },
];

const loadedPages = new Map<PageRoute, { default: ComponentType }>();

/** Loads a page's chunk and remembers it, so a page loaded before the first render shows at once. */
export function preloadPage(route: PageRoute) {
  return route.load().then((page) => {
    loadedPages.set(route, page);
    return page;
  });
}

const elements = pageRoutes.map((route) => {
  // React.lazy suspends on any promise, even a settled one, and then holds the page back for a
  // moment; a page already loaded is handed over through a thenable that resolves at once.
  const Page = lazy(() => {
    const loaded = loadedPages.get(route);
    return loaded
      ? ({ then: (resolve: (page: typeof loaded) => void) => resolve(loaded) } as Promise<
          typeof loaded
        >)
      : preloadPage(route);
  });
  return (
    <RouteErrorBoundary>
      <Page />
    </RouteErrorBoundary>
  );
});

/**
 * The page route matching a path (the part after #), so the first page's code
 * and strings can be fetched while the app starts instead of one after another.
 */
export function matchPageRoute(pathname: string): PageRoute | undefined {
  return pageRoutes.find((route) =>
    route.path === undefined
      ? pathname === '/' || pathname === ''
      : matchPath(route.path, pathname),
  );
}

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        {pageRoutes.map((route, i) =>
          route.path === undefined ? (
            <Route key="index" index element={elements[i]} />
          ) : (
            <Route key={route.path} path={route.path} element={elements[i]} />
          ),
        )}
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
