/**
 * The course's language-neutral structure as the build emits it
 * (`virtual:content/course-index`): module ids in course order, the core and
 * the tracks, and each module's lesson, question, option, dilemma and ending
 * ids with its fingerprint. The LMS link reads it instead of loading every
 * module's text to learn the ids. Ids are the same in every language (the
 * parity tests check it), so it is built from the source language.
 */
import { SOURCE_LANGUAGE } from '../../src/config/languages.ts';
import { buildCourseIndex, type CourseIndex } from '../../src/lms/course-index.ts';
import type { BuiltContent } from './load.ts';

/** The course index of built content; the same whichever language it is read from. */
export function courseIndexOf(content: Pick<BuiltContent, 'catalogue' | 'modules'>): CourseIndex {
  return buildCourseIndex(content.catalogue[SOURCE_LANGUAGE], content.modules[SOURCE_LANGUAGE]);
}
