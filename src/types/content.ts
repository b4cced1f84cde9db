/**
 * The shape of course content as the app receives it: built from `content/`,
 * validated and merged with one language's text at build time. The types are
 * inferred from the pipeline's schema of resolved content
 * (`pipeline/content/resolved.ts`); type-only, so zod stays out of the bundle.
 * Ids are language-neutral; progress is keyed by them.
 */

export type {
  Block,
  Catalogue,
  CoursePart,
  CourseTrack,
  GlossaryEntry,
  Inline,
  Judgement,
  Lesson,
  ModuleContent,
  ModuleSummary,
  Organisation,
  Question,
  QuestionOption,
  QuestionType,
  Quiz,
  Rating,
  RichText,
  Scenario,
  ScenarioChoice,
  ScenarioEnding,
  ScenarioStep,
  SourceEntry,
} from '../../pipeline/content/resolved.ts';
