/**
 * The one schema of the course as the app receives it: structure merged with
 * one language's text by load.ts, served by the Vite plugin. The app's content
 * types (src/types/content.ts) are inferred from it, with type-only imports,
 * so zod stays out of the browser bundle; the content tests parse every
 * built language with it. Ids are language-neutral; progress is keyed by them.
 */
import { z } from 'zod';
import { LANGUAGE_CODES } from '../../src/config/languages.ts';
import { judgement, OrganisationSettings, rating } from './schema.ts';

// Rich text is recursive: its types are written once here and the schemas checked against them.
export type Inline =
  | { t: 'text'; v: string }
  | { t: 'strong'; c: Inline[] }
  | { t: 'em'; c: Inline[] }
  | { t: 'link'; href: string; c: Inline[] }
  | { t: 'term'; id: string; c: Inline[] };

export type Block =
  | { t: 'p'; c: Inline[] }
  | { t: 'h'; level: 3 | 4; c: Inline[] }
  | { t: 'ul' | 'ol'; items: Inline[][] }
  | { t: 'quote'; c: Block[] };

const inlines: z.ZodType<Inline[]> = z.lazy(() => z.array(Inline));
export const Inline: z.ZodType<Inline> = z.lazy(() =>
  z.discriminatedUnion('t', [
    z.strictObject({ t: z.literal('text'), v: z.string() }),
    z.strictObject({ t: z.literal('strong'), c: inlines }),
    z.strictObject({ t: z.literal('em'), c: inlines }),
    z.strictObject({ t: z.literal('link'), href: z.string(), c: inlines }),
    z.strictObject({ t: z.literal('term'), id: z.string(), c: inlines }),
  ]),
);
export const Block: z.ZodType<Block> = z.lazy(() =>
  z.discriminatedUnion('t', [
    z.strictObject({ t: z.literal('p'), c: inlines }),
    z.strictObject({ t: z.literal('h'), level: z.union([z.literal(3), z.literal(4)]), c: inlines }),
    z.strictObject({ t: z.enum(['ul', 'ol']), items: z.array(inlines) }),
    z.strictObject({ t: z.literal('quote'), c: z.array(Block) }),
  ]),
);

/** Rich text: a list of blocks, rendered as React elements, never as HTML. */
export const RichText = z.array(Block);

const language = z.enum(LANGUAGE_CODES);
const ids = z.array(z.string());

export const Lesson = z.strictObject({
  id: z.string(),
  title: z.string(),
  body: RichText,
  keyPoint: z.string(),
  sources: ids,
  /** Whether the page shows the organisation's own policy, reporting channel and contact. */
  employer: z.boolean(),
});

export const QuestionType = z.enum(['single', 'multiple', 'truefalse']);

export const QuestionOption = z.strictObject({
  id: z.string(),
  correct: z.boolean(),
  /** Empty for true/false options: the interface names them. */
  text: z.string(),
  feedback: z.string(),
});

export const Question = z.strictObject({
  id: z.string(),
  type: QuestionType,
  prompt: z.string(),
  options: z.array(QuestionOption),
  explanation: z.string(),
  sources: ids,
  /** Asks for a date, a score, a number or a list rather than for judgement. */
  recall: z.boolean(),
});

export const Quiz = z.strictObject({
  /** Questions drawn for one attempt. */
  draw: z.number(),
  questions: z.array(Question),
});

export const ScenarioChoice = z.strictObject({
  id: z.string(),
  /** Id of the next step or of an ending. */
  next: z.string(),
  quality: rating,
  /** Missing only in content written before levels were introduced (a content test requires it). */
  level: judgement.optional(),
  text: z.string(),
  consequence: z.string(),
  rule: z.string(),
  sources: ids,
});

export const ScenarioStep = z.strictObject({
  id: z.string(),
  text: RichText,
  /** Discussion prompt for group sessions (empty when there is none). */
  discussion: z.string(),
  choices: z.array(ScenarioChoice),
});

export const ScenarioEnding = z.strictObject({
  id: z.string(),
  rating,
  title: z.string(),
  text: RichText,
});

export const Scenario = z.strictObject({
  id: z.string(),
  title: z.string(),
  intro: RichText,
  start: z.string(),
  steps: z.array(ScenarioStep),
  endings: z.array(ScenarioEnding),
});

export const ModuleContent = z.strictObject({
  id: z.string(),
  language,
  /** Estimated minutes, unrounded (computed from the Swedish text; see estimate.ts). */
  minutes: z.number(),
  title: z.string(),
  summary: z.string(),
  lessons: z.array(Lesson),
  quiz: Quiz,
  scenarios: z.array(Scenario),
});

/** What the start page needs of a module: small, no lesson text. */
export const ModuleSummary = z.strictObject({
  id: z.string(),
  /** Estimated minutes, unrounded: round them where they are shown (src/lib/estimate.ts). */
  minutes: z.number(),
  title: z.string(),
  summary: z.string(),
  /** In the core: every employee takes it, and the certificate requires it. */
  required: z.boolean(),
  lessons: z.array(z.strictObject({ id: z.string(), title: z.string() })),
  questionCount: z.number(),
  quizDraw: z.number(),
  scenarios: z.array(
    z.strictObject({
      id: z.string(),
      title: z.string(),
      endings: z.array(z.strictObject({ id: z.string(), rating })),
    }),
  ),
});

export const CoursePart = z.strictObject({
  /** Module ids, in order. */
  modules: ids,
  /** Estimated minutes, unrounded: the sum of its modules'. */
  minutes: z.number(),
});

/** A track: modules for one role, which a learner may choose. */
export const CourseTrack = z.strictObject({
  ...CoursePart.shape,
  id: z.string(),
  title: z.string(),
  summary: z.string(),
  /** Who it is for, one short line ("Du upphandlar eller följer upp avtal"). */
  role: z.string(),
});

export const Catalogue = z.strictObject({
  language,
  course: z.strictObject({
    title: z.string(),
    version: z.string(),
    lawCheckedDate: z.string(),
    passMark: z.number(),
    intro: z.string(),
  }),
  /** Every module: the core's first, then each track's, in order. */
  modules: z.array(ModuleSummary),
  /** The modules every employee takes. */
  core: CoursePart,
  /** Modules by role, in course order. */
  tracks: z.array(CourseTrack),
});

export const GlossaryEntry = z.strictObject({
  id: z.string(),
  term: z.string(),
  definition: z.string(),
});

export const SourceEntry = z.strictObject({
  id: z.string(),
  url: z.string(),
  checked: z.string(),
  title: z.string(),
  note: z.string(),
});

/** The organisation's own settings (content/organisation.yaml), as validated. */
export const Organisation = OrganisationSettings;

export type RichText = z.infer<typeof RichText>;
export type Lesson = z.infer<typeof Lesson>;
export type QuestionType = z.infer<typeof QuestionType>;
export type QuestionOption = z.infer<typeof QuestionOption>;
export type Question = z.infer<typeof Question>;
export type Quiz = z.infer<typeof Quiz>;
export type Rating = z.infer<typeof rating>;
export type Judgement = z.infer<typeof judgement>;
export type ScenarioChoice = z.infer<typeof ScenarioChoice>;
export type ScenarioStep = z.infer<typeof ScenarioStep>;
export type ScenarioEnding = z.infer<typeof ScenarioEnding>;
export type Scenario = z.infer<typeof Scenario>;
export type ModuleContent = z.infer<typeof ModuleContent>;
export type ModuleSummary = z.infer<typeof ModuleSummary>;
export type CoursePart = z.infer<typeof CoursePart>;
export type CourseTrack = z.infer<typeof CourseTrack>;
export type Catalogue = z.infer<typeof Catalogue>;
export type GlossaryEntry = z.infer<typeof GlossaryEntry>;
export type SourceEntry = z.infer<typeof SourceEntry>;
export type Organisation = z.infer<typeof Organisation>;
