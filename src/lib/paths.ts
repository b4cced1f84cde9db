/**
 * The route table's href builders. Links are never hand-written strings.
 * The app uses hash routing (see docs/decisions/0001-hash-routing.md), so these are
 * the paths after `#`.
 */
export const paths = {
  home: () => '/',
  module: (moduleId: string) => `/modules/${enc(moduleId)}`,
  lesson: (moduleId: string, lessonId: string) =>
    `/modules/${enc(moduleId)}/lessons/${enc(lessonId)}`,
  quiz: (moduleId: string) => `/modules/${enc(moduleId)}/quiz`,
  quizQuestion: (moduleId: string, number: number) => `/modules/${enc(moduleId)}/quiz/${number}`,
  quizResults: (moduleId: string) => `/modules/${enc(moduleId)}/quiz/results`,
  scenario: (moduleId: string, scenarioId: string) =>
    `/modules/${enc(moduleId)}/scenarios/${enc(scenarioId)}`,
  scenarioStep: (moduleId: string, scenarioId: string, stepId: string) =>
    `/modules/${enc(moduleId)}/scenarios/${enc(scenarioId)}/${enc(stepId)}`,
  progress: () => '/progress',
  certificate: () => '/certificate',
  practice: () => '/practice',
  selfCheck: () => '/self-check',
  trainer: () => '/trainer',
  trainerGuide: () => '/trainer/guide',
  assignmentBuilder: () => '/trainer/assign',
  trainerResults: () => '/trainer/results',
  facilitate: (moduleId: string, scenarioId: string) =>
    `/trainer/facilitate/${enc(moduleId)}/${enc(scenarioId)}`,
  facilitatorNotes: (moduleId: string, scenarioId: string) =>
    `/trainer/facilitate/${enc(moduleId)}/${enc(scenarioId)}/notes`,
  assignmentLink: (code: string) => `/a/${code}`,
  myAssignments: () => '/assignments',
  about: () => '/about',
  accessibility: () => '/accessibility',
} as const;

function enc(segment: string) {
  return encodeURIComponent(segment);
}

/** Route patterns, in the same order, for the router. */
export const routePatterns = {
  module: 'modules/:moduleId',
  lesson: 'modules/:moduleId/lessons/:lessonId',
  quiz: 'modules/:moduleId/quiz',
  quizResults: 'modules/:moduleId/quiz/results',
  quizQuestion: 'modules/:moduleId/quiz/:number',
  scenario: 'modules/:moduleId/scenarios/:scenarioId',
  scenarioStep: 'modules/:moduleId/scenarios/:scenarioId/:stepId',
  progress: 'progress',
  certificate: 'certificate',
  practice: 'practice',
  selfCheck: 'self-check',
  trainer: 'trainer',
  trainerGuide: 'trainer/guide',
  assignmentBuilder: 'trainer/assign',
  trainerResults: 'trainer/results',
  facilitate: 'trainer/facilitate/:moduleId/:scenarioId',
  facilitatorNotes: 'trainer/facilitate/:moduleId/:scenarioId/notes',
  assignmentLink: 'a/:code',
  myAssignments: 'assignments',
  about: 'about',
  accessibility: 'accessibility',
} as const;
