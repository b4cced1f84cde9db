/**
 * The rules of the course's second edition (issue 11), on the live course. Each fails with a
 * list of what to fix; rules-fixtures.test.ts shows that each can pass and fail.
 */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../pipeline/content/load.ts';
import { fourQuestionProblems } from './four-questions';
import { textFields } from './helpers';
import {
  dilemmaPathProblems,
  levelProblems,
  modulesOf,
  recallProblems,
  sourceProblems,
  timeProblems,
} from './rules';

const content = loadContent('content');
const modules = modulesOf(content);

describe('the rules of the second edition', () => {
  it('no path through a dilemma ends better than the worst choice on it', () => {
    expect(dilemmaPathProblems(modules)).toEqual([]);
  });

  it('every dilemma choice has a level of judgement, and its quality agrees with it', () => {
    expect(levelProblems(modules)).toEqual([]);
  });

  it.each(['sv', 'en'] as const)(
    '%s: the four questions have one wording everywhere',
    (language) => {
      const problems = textFields('content', language).flatMap(([where, text]) =>
        fourQuestionProblems(where, text, language),
      );
      expect(problems).toEqual([]);
    },
  );

  it('every source points at the document itself and says when it was checked', () => {
    expect(sourceProblems(content.sources.sv)).toEqual([]);
  });

  it('at most one in five questions of a pool asks for a date, a score, a number or a list', () => {
    expect(recallProblems(modules)).toEqual([]);
  });

  it('the core takes at most 40 minutes, and each track 10–20', () => {
    const { core, tracks } = content.catalogue.sv;
    console.log(
      [
        `core: ${core.minutes.toFixed(1)} minutes`,
        ...tracks.map((t) => `track ${t.id}: ${t.minutes.toFixed(1)} minutes`),
      ].join('\n'),
    );
    expect(timeProblems(content.catalogue.sv)).toEqual([]);
  });
});
