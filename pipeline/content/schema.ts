/**
 * The one schema for the files in `content/`. Structure files (`*.yaml`) hold
 * what is the same in every language; text files (`*.sv.yaml`, `*.en.yaml`)
 * hold only text, keyed by the structure's ids.
 */
import { z } from 'zod';

import { LANGUAGE_CODES } from '../../src/config/languages.ts';

/** The course's languages, from the one registry (src/config/languages.ts). */
export const LANGUAGES = LANGUAGE_CODES;

const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
// These limits match what learners' browsers store (src/store/schema.ts): content beyond
// them could make saved progress unreadable.
export const id = z
  .string()
  .max(80, 'is too long: use at most 80 characters')
  .regex(idPattern, 'must be lower-case letters, digits and single hyphens (like "gift-card")');
const text = z.string().trim().min(1, 'is empty: write the text or remove the entry');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD');
export const rating = z.enum(['good', 'acceptable', 'poor']);
/**
 * The three levels of judgement the course teaches, plus "sound": could be a crime
 * (brottsbalken 10 kap., NJA 2020 s. 241), against the employer's rules or a sector
 * agreement, or merely unwise (how it looks from the outside).
 */
export const judgement = z.enum(['crime', 'rules', 'unwise', 'sound']);
/** Marks a question that asks for a date, a score, a number or a list rather than for judgement. */
const recall = z.boolean().default(false);
const sourceIds = z.array(id).min(1, 'needs at least one source id (from content/sources.yaml)');

// --- structure -------------------------------------------------------------

const moduleList = z
  .array(id)
  .min(1, 'needs at least one module id (a folder under content/modules/)');

/**
 * The course's shape: the core every employee takes, then tracks by role.
 * The order learners see is derived: the core first, then each track in order.
 */
export const CourseStructure = z.strictObject({
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'must look like 1.0.0'),
  lawCheckedDate: isoDate,
  passMark: z.number().min(0.5).max(1),
  /** The modules every employee takes; the certificate requires them. */
  core: moduleList,
  /** Modules by role; a learner picks the tracks that fit their work. */
  tracks: z.array(z.strictObject({ id, modules: moduleList })).default([]),
});

const choiceOption = z.strictObject({ id, correct: z.boolean().default(false) });
const optionList = (min: number, message: string) =>
  z.array(choiceOption).min(min, message).max(20, 'has more than 20 options');

export const QuestionStructure = z.discriminatedUnion('type', [
  z.strictObject({
    id,
    type: z.literal('single'),
    recall,
    options: optionList(2, 'needs at least two options'),
    sources: sourceIds,
  }),
  z.strictObject({
    id,
    type: z.literal('multiple'),
    recall,
    options: optionList(3, 'needs at least three options'),
    sources: sourceIds,
  }),
  z.strictObject({
    id,
    type: z.literal('truefalse'),
    recall,
    answer: z.boolean(),
    sources: sourceIds,
  }),
]);

export const ScenarioStructure = z.strictObject({
  id,
  start: id,
  steps: z
    .array(
      z.strictObject({
        id,
        choices: z
          .array(
            z.strictObject({
              id,
              next: id,
              quality: rating,
              level: judgement.optional(),
              sources: z.array(id).default([]),
            }),
          )
          .min(2, 'a decision point needs at least two choices'),
      }),
    )
    .min(1)
    .max(100, 'has more than 100 steps'),
  endings: z.array(z.strictObject({ id, rating })).min(1).max(50, 'has more than 50 endings'),
});

/** Fields that once were written in module.yaml and are now derived: a clear message instead of "unrecognized key". */
const derived = (message: string) => z.never({ error: message }).optional();

export const ModuleStructure = z.strictObject({
  minutes: derived(
    'is no longer written: the app computes the minutes from the words, questions and dilemmas; remove the line',
  ),
  required: derived(
    'is no longer written: a module is required when it is in the core in content/course.yaml; remove the line',
  ),
  lessons: z
    .array(
      z.strictObject({
        id,
        sources: z.array(id).default([]),
        /** Show the organisation's own policy, reporting channel and contact on this page. */
        employer: z.boolean().default(false),
      }),
    )
    .min(1)
    .max(100, 'has more than 100 lessons'),
  quiz: z.strictObject({
    draw: z.int().min(1).max(100, 'can draw at most 100 questions'),
    questions: z.array(QuestionStructure).min(1),
  }),
  scenarios: z.array(ScenarioStructure).default([]),
  /** Glossary terms this module introduces; lesson text links them as [word](term:id). */
  glossary: z.array(id).default([]),
});

export const SourcesStructure = z.strictObject({
  sources: z.array(
    z.strictObject({
      id,
      url: z.url({ protocol: /^https$/, error: 'must be an https:// address' }).optional(),
      checked: isoDate,
    }),
  ),
});

const webAddress = z.url({
  protocol: /^https?$/,
  error: 'must be a web address starting with https:// (or http://)',
});

/** The organisation's own settings (content/organisation.yaml); every field may be left out. */
export const OrganisationSettings = z.strictObject({
  name: text.optional(),
  logo: z
    .string()
    .regex(/^[\w.-]+\.(svg|png|jpg|jpeg|webp)$/i, 'must be the name of an image file in public/')
    .optional(),
  policyUrl: webAddress.optional(),
  reporting: z
    .strictObject({
      url: webAddress.optional(),
      phone: text.optional(),
      email: z.email('must be an e-mail address').optional(),
    })
    .optional(),
  contact: z
    .strictObject({
      name: text.optional(),
      email: z.email('must be an e-mail address').optional(),
      phone: text.optional(),
    })
    .optional(),
});

// --- text ------------------------------------------------------------------

export const CourseText = z.strictObject({
  title: text,
  intro: text,
  /** Each track's text, keyed by the track ids in course.yaml. */
  tracks: z
    .record(
      z.string(),
      z.strictObject({
        title: text,
        summary: text,
        /** Who the track is for, as one short line: "Du upphandlar eller följer upp avtal". */
        role: text,
      }),
    )
    .default({}),
});

export const ModuleText = z.strictObject({
  title: text,
  summary: text,
  lessons: z.record(z.string(), z.strictObject({ title: text, body: text, keyPoint: text })),
  quiz: z.strictObject({
    questions: z.record(
      z.string(),
      z.strictObject({
        prompt: text,
        explanation: text,
        options: z.record(z.string(), z.strictObject({ text: text.optional(), feedback: text })),
      }),
    ),
  }),
  scenarios: z
    .record(
      z.string(),
      z.strictObject({
        title: text,
        intro: text,
        steps: z.record(
          z.string(),
          z.strictObject({
            text,
            discussion: text.optional(),
            choices: z.record(z.string(), z.strictObject({ text, consequence: text, rule: text })),
          }),
        ),
        endings: z.record(z.string(), z.strictObject({ title: text, text })),
      }),
    )
    .default({}),
  glossary: z.record(z.string(), z.strictObject({ term: text, definition: text })).default({}),
});

export const SourcesText = z.record(
  z.string(),
  z.strictObject({ title: text, note: text.optional() }),
);

export type CourseStructure = z.infer<typeof CourseStructure>;
export type CourseText = z.infer<typeof CourseText>;
export type ModuleStructure = z.infer<typeof ModuleStructure>;
export type QuestionStructure = z.infer<typeof QuestionStructure>;
export type ScenarioStructure = z.infer<typeof ScenarioStructure>;
export type ModuleText = z.infer<typeof ModuleText>;
