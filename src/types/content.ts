/**
 * The shape of course content as the app receives it: built from `content/`,
 * validated and merged with one language's text at build time
 * (see `pipeline/content/`). Ids are language-neutral; progress is keyed by them.
 */

import type { Language } from '@/config/languages';

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

/** Rich text: a list of blocks, rendered as React elements, never as HTML. */
export type RichText = Block[];

export interface Lesson {
  id: string;
  title: string;
  body: RichText;
  keyPoint: string;
  sources: string[];
  /** Whether the page shows the organisation's own policy, reporting channel and contact. */
  employer: boolean;
}

export type QuestionType = 'single' | 'multiple' | 'truefalse';

export interface QuestionOption {
  id: string;
  correct: boolean;
  /** Empty for true/false options: the interface names them. */
  text: string;
  feedback: string;
}

export interface Question {
  id: string;
  type: QuestionType;
  prompt: string;
  options: QuestionOption[];
  explanation: string;
  sources: string[];
  /** Asks for a date, a score, a number or a list rather than for judgement. */
  recall: boolean;
}

export interface Quiz {
  /** Questions drawn for one attempt. */
  draw: number;
  questions: Question[];
}

export type Rating = 'good' | 'acceptable' | 'poor';

/**
 * The level of judgement a dilemma choice stands at: could be a crime, against the
 * employer's rules (or a sector agreement), merely unwise, or sound.
 */
export type Judgement = 'crime' | 'rules' | 'unwise' | 'sound';

export interface ScenarioChoice {
  id: string;
  /** Id of the next step or of an ending. */
  next: string;
  quality: Rating;
  /** Missing only in content written before levels were introduced (a content test requires it). */
  level?: Judgement;
  text: string;
  consequence: string;
  rule: string;
  sources: string[];
}

export interface ScenarioStep {
  id: string;
  text: RichText;
  /** Discussion prompt for group sessions (optional). */
  discussion: string;
  choices: ScenarioChoice[];
}

export interface ScenarioEnding {
  id: string;
  rating: Rating;
  title: string;
  text: RichText;
}

export interface Scenario {
  id: string;
  title: string;
  intro: RichText;
  start: string;
  steps: ScenarioStep[];
  endings: ScenarioEnding[];
}

export interface ModuleContent {
  id: string;
  language: Language;
  /** Estimated minutes, unrounded (computed from the Swedish text; see pipeline/content/estimate.ts). */
  minutes: number;
  title: string;
  summary: string;
  lessons: Lesson[];
  quiz: Quiz;
  scenarios: Scenario[];
}

/** What the start page needs of a module: small, no lesson text. */
export interface ModuleSummary {
  id: string;
  /** Estimated minutes, unrounded: round them where they are shown (src/lib/estimate.ts). */
  minutes: number;
  title: string;
  summary: string;
  /** In the core: every employee takes it, and the certificate requires it. */
  required: boolean;
  lessons: { id: string; title: string }[];
  questionCount: number;
  quizDraw: number;
  scenarios: { id: string; title: string; endings: { id: string; rating: Rating }[] }[];
}

export interface Catalogue {
  language: Language;
  course: {
    title: string;
    version: string;
    lawCheckedDate: string;
    passMark: number;
    intro: string;
  };
  /** Every module: the core's first, then each track's, in order. */
  modules: ModuleSummary[];
  /** The modules every employee takes. */
  core: CoursePart;
  /** Modules by role, in course order. */
  tracks: CourseTrack[];
}

export interface CoursePart {
  /** Module ids, in order. */
  modules: string[];
  /** Estimated minutes, unrounded: the sum of its modules'. */
  minutes: number;
}

/** A track: modules for one role, which a learner may choose. */
export interface CourseTrack extends CoursePart {
  id: string;
  title: string;
  summary: string;
  /** Who it is for, one short line ("Du upphandlar eller följer upp avtal"). */
  role: string;
}

export interface GlossaryEntry {
  id: string;
  term: string;
  definition: string;
}

export interface SourceEntry {
  id: string;
  url: string;
  checked: string;
  title: string;
  note: string;
}

/** The organisation's own settings from content/organisation.yaml; any of them may be missing. */
export interface Organisation {
  name?: string | undefined;
  /** An image file in public/. */
  logo?: string | undefined;
  policyUrl?: string | undefined;
  reporting?:
    | { url?: string | undefined; phone?: string | undefined; email?: string | undefined }
    | undefined;
  contact?:
    | { name?: string | undefined; email?: string | undefined; phone?: string | undefined }
    | undefined;
}
