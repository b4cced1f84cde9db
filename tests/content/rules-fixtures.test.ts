/** Each rule of rules.test.ts, shown to pass on the fixed course and to fail when it is broken. */
import { describe, expect, it } from 'vitest';
import { fourQuestionProblems } from './four-questions';
import { loadFixture, problemsAfterEdit } from './helpers';
import {
  dilemmaPathProblems,
  isFrontPage,
  levelProblems,
  modulesOf,
  recallProblems,
  sourceProblems,
  timeProblems,
} from './rules';

const core = 'modules/what-is-corruption';
const track = 'modules/gifts-in-care';
const words = (n: number) => 'ord '.repeat(n);

function fourQuestions(fields: ReturnType<typeof loadFixture>['fields']) {
  return (['sv', 'en'] as const).flatMap((language) =>
    fields[language].flatMap(([where, text]) => fourQuestionProblems(where, text, language)),
  );
}

describe('the fixed course keeps every rule', () => {
  const { content, fields } = loadFixture();
  const modules = modulesOf(content);

  it('passes each check', () => {
    expect(dilemmaPathProblems(modules)).toEqual([]);
    expect(levelProblems(modules)).toEqual([]);
    expect(fourQuestions(fields)).toEqual([]);
    expect(sourceProblems(content.sources.sv)).toEqual([]);
    expect(recallProblems(modules)).toEqual([]);
    expect(timeProblems(content.catalogue.sv)).toEqual([]);
  });
});

describe('each rule fails when it is broken', () => {
  it('a path through a poor choice that reaches the best ending', () => {
    const { content } = loadFixture({
      [`${core}/module.yaml`]: (t) =>
        t.replace(
          'next: end-poor\n            quality: poor\n            level: rules\n      - id: the-meeting',
          'next: the-meeting\n            quality: poor\n            level: rules\n      - id: the-meeting',
        ),
    });
    expect(dilemmaPathProblems(modulesOf(content))).toContain(
      'what-is-corruption/friend-consultant: stay-quiet > step-aside > end-good is rated good, but the path has a poor choice',
    );
  });

  it('an acceptable choice on the way to the best ending', () => {
    const { content } = loadFixture({
      [`${track}/module.yaml`]: (t) =>
        t.replace(
          'next: end-acceptable\n            quality: acceptable\n            level: sound',
          'next: the-request\n            quality: acceptable\n            level: sound',
        ),
    });
    expect(dilemmaPathProblems(modulesOf(content))).toContain(
      'gifts-in-care/grateful-family: decline-kindly > decline-chocolates > explain-queue > tell-all > end-good is rated good, but the path has a acceptable choice',
    );
  });

  it('a choice without a level, and one whose quality does not fit its level', () => {
    const { content } = loadFixture({
      [`${core}/module.yaml`]: (t) =>
        t
          .replace(
            'quality: good\n            level: sound\n          - id: hire-friend',
            'quality: good\n          - id: hire-friend',
          )
          .replace(
            'quality: acceptable\n            level: sound',
            'quality: acceptable\n            level: rules',
          ),
    });
    expect(levelProblems(modulesOf(content))).toEqual([
      'what-is-corruption/friend-consultant/the-tip/tell-manager: has no level (crime, rules, unwise or sound)',
      'what-is-corruption/friend-consultant/the-meeting/ask-the-chair: level rules needs quality poor, not acceptable',
    ]);
  });

  it('one of the four questions in another wording, in Swedish and in English', () => {
    const { fields } = loadFixture({
      [`${track}/module.sv.yaml`]: (t) =>
        t.replace('- Hur ser det ut utåt?', '- Hur ser det ut utifrån?'),
      [`${track}/module.en.yaml`]: (t) =>
        t.replace('- Why am I being offered it?', '- Why am I being given this?'),
    });
    expect(fourQuestions(fields)).toEqual(
      expect.arrayContaining([
        expect.stringContaining(
          '"Hur ser det ut utifrån?" words one of the four questions differently',
        ),
        expect.stringContaining('lists the four questions without "Hur ser det ut utåt?"'),
        expect.stringContaining(
          '"Why am I being given this?" words one of the four questions differently',
        ),
      ]),
    );
  });

  it('the four questions listed with one left out, or paraphrased in a quiz explanation', () => {
    const { fields } = loadFixture({
      [`${track}/module.sv.yaml`]: (t) =>
        t
          .replace('      - Vad säger min arbetsgivare?\n', '')
          .replace(
            'Ett enkelt tack till hela arbetslaget efter avslutad vård går oftast bra.',
            'Ställ frågorna. Varför ger de mig förmånen? Vad säger arbetsgivaren?',
          ),
    });
    const problems = fourQuestions(fields);
    expect(problems).toContainEqual(
      expect.stringContaining('lists the four questions without "Vad säger min arbetsgivare?"'),
    );
    expect(problems).toContainEqual(
      expect.stringContaining('quiz.questions.chocolates.explanation'),
    );
  });

  it('a lone question in a dilemma or a statement that applies one is not a wording of them', () => {
    expect(
      fourQuestionProblems('x', 'Varför vill han ge mig en förmån nu? Vad gör du?', 'sv'),
    ).toEqual([]);
    expect(
      fourQuestionProblems(
        'x',
        'You do not need the match for your work, and it looks bad to others.',
        'en',
      ),
    ).toEqual([]);
    expect(
      fourQuestionProblems(
        'x',
        '**Ställ de fyra frågorna:** ”Varför får jag förmånen?” ”Har jag nytta av den i arbetet?” ”Vad säger min arbetsgivare?” ”Hur ser det ut utåt?”',
        'sv',
      ),
    ).toEqual([]);
  });

  it('a source that points at a front page', () => {
    const { content } = loadFixture({
      'sources.yaml': (t) =>
        t.replace('https://www.transparency.se/korruption', 'https://www.transparency.se/'),
    });
    expect(sourceProblems(content.sources.sv)).toEqual([
      'ti-definition: https://www.transparency.se/ is a front page: link the document itself',
    ]);
  });

  it.each([
    ['https://www.aklagare.se', true],
    ['https://skr.se/', true],
    ['https://www.riksdagen.se/sv/', true],
    ['https://www.example.se/index.html', true],
    ['https://www.example.se/en-gb/start', true],
    ['https://lagen.nu/1962:700#K10P5aS1', false],
    ['https://lagen.nu/dom/nja/2020s241', false],
    ['https://www.transparency.org/en/cpi/2025', false],
    ['https://www.example.se/?id=1234', false],
  ])('%s is a front page: %s', (url, front) => {
    expect(isFrontPage(url)).toBe(front);
  });

  it('a source without the day it was checked does not load', () => {
    const problems = problemsAfterEdit('sources.yaml', (t) =>
      t.replace(/(- id: cpi-2025\n.*\n) {4}checked: .*\n/, '$1'),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({ file: 'content/sources.yaml', path: 'sources.3.checked' }),
    );
  });

  it('more than one recall question in five', () => {
    const { content } = loadFixture({
      [`${track}/module.yaml`]: (t) =>
        t.replace(
          '    - id: coffee\n      type: truefalse\n',
          '    - id: coffee\n      type: truefalse\n      recall: true\n',
        ),
    });
    expect(recallProblems(modulesOf(content))).toEqual([
      'gifts-in-care: 2 of 6 questions are recall (at most 1)',
    ]);
  });

  it('a core over 40 minutes, a track under 10 and a track over 20', () => {
    const long = loadFixture({
      [`${core}/module.sv.yaml`]: (t) =>
        t.replace(
          'Det finns ingen enda definition',
          `${words(8000)}Det finns ingen enda definition`,
        ),
      [`${track}/module.sv.yaml`]: (t) =>
        t.replace('Många patienter', `${words(2000)}Många patienter`),
    });
    expect(timeProblems(long.content.catalogue.sv)).toEqual([
      expect.stringMatching(/^the core takes about 45\.\d minutes \(at most 40\)$/),
      expect.stringMatching(/^the track care takes about 20\.\d minutes \(10–20\)$/),
    ]);
    const short = loadFixture({ [`${track}/module.yaml`]: (t) => t.replace('draw: 6', 'draw: 3') });
    expect(timeProblems(short.content.catalogue.sv)).toEqual([
      expect.stringMatching(/^the track care takes about 8\.\d minutes \(10–20\)$/),
    ]);
  });
});
