import { describe, expect, it } from 'vitest';
import { problemsAfterEdit } from './helpers';

const m = 'modules/what-is-corruption';

describe('content errors name the file and the field', () => {
  it('an empty text', () => {
    const problems = problemsAfterEdit(`${m}/module.sv.yaml`, (t) =>
      t.replace('title: Vad är korruption?', "title: ''"),
    );
    expect(problems).toContainEqual({
      file: `content/${m}/module.sv.yaml`,
      path: 'title',
      message: expect.stringContaining('is empty'),
    });
  });

  it('an id missing from English, and one English has that the structure lacks', () => {
    const problems = problemsAfterEdit(`${m}/module.en.yaml`, (t) =>
      t.replace('  public-sector:\n    title: Why', '  public-sektor:\n    title: Why'),
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          file: `content/${m}/module.en.yaml`,
          path: 'lessons.public-sector',
        }),
        expect.objectContaining({
          file: `content/${m}/module.en.yaml`,
          path: 'lessons.public-sektor',
        }),
      ]),
    );
  });

  it('HTML in lesson text', () => {
    const problems = problemsAfterEdit(`${m}/module.sv.yaml`, (t) =>
      t.replace(
        'Det finns ingen enda definition',
        '<script>alert(1)</script> Det finns ingen enda definition',
      ),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({
        path: 'lessons.definition.body',
        message: expect.stringContaining('html'),
      }),
    );
  });

  it('a link to a glossary term that does not exist', () => {
    const problems = problemsAfterEdit(`${m}/module.sv.yaml`, (t) =>
      t.replace('(term:korruption)', '(term:nope)'),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({ message: expect.stringContaining('"nope"') }),
    );
  });

  it('a dilemma choice that leads nowhere, and the step it leaves unreachable', () => {
    const problems = problemsAfterEdit(`${m}/module.yaml`, (t) =>
      t
        .replace(
          'next: the-meeting\n            quality: good',
          'next: nowhere\n            quality: good',
        )
        .replace(
          'next: the-meeting\n            quality: acceptable',
          'next: end-poor\n            quality: acceptable',
        ),
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          path: 'scenarios.0.steps.0.choices.0.next',
          message: expect.stringContaining('"nowhere"'),
        }),
        expect.objectContaining({
          message: expect.stringContaining('"the-meeting" can never be reached'),
        }),
      ]),
    );
  });

  it('a dilemma that loops', () => {
    const problems = problemsAfterEdit(`${m}/module.yaml`, (t) =>
      t.replace(
        'next: end-good\n            quality: good',
        'next: the-tip\n            quality: good',
      ),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({ message: expect.stringContaining('loop back') }),
    );
  });

  it('a single-choice question with two right answers, and an unknown source', () => {
    const problems = problemsAfterEdit(`${m}/module.yaml`, (t) =>
      t
        .replace(
          '        - id: only-money\n',
          '        - id: only-money\n          correct: true\n',
        )
        .replace(
          'sources: [ti-definition]\n    - id: forms',
          'sources: [made-up]\n    - id: forms',
        ),
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          path: 'quiz.questions.0.options',
          message: expect.stringContaining('exactly one correct'),
        }),
        expect.objectContaining({
          path: 'quiz.questions.0.sources',
          message: expect.stringContaining('"made-up"'),
        }),
      ]),
    );
  });

  it('a file that is not valid YAML', () => {
    const problems = problemsAfterEdit(
      'course.sv.yaml',
      (t) => `${t}\nbroken: "no closing quote\n`,
    );
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: 'content/course.sv.yaml',
        message: expect.stringContaining('not valid YAML'),
      }),
    );
  });
});

describe('the course shape: a core and tracks', () => {
  it('a module in the core and in a track', () => {
    const problems = problemsAfterEdit('course.yaml', (t) =>
      t.replace('      - gifts-in-care', '      - gifts-in-care\n      - what-is-corruption'),
    );
    expect(problems).toContainEqual({
      file: 'content/course.yaml',
      path: 'tracks.0.modules.1',
      message: expect.stringContaining('already in the core'),
    });
  });

  it('a module listed twice in the core, and a track id used twice', () => {
    const problems = problemsAfterEdit(
      'course.yaml',
      (t) =>
        `${t.replace('core:\n  - what-is-corruption\n', 'core:\n  - what-is-corruption\n  - what-is-corruption\n')}  - id: care\n    modules: [c-d]\n`,
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          path: 'core.1',
          message: expect.stringContaining('listed twice'),
        }),
        expect.objectContaining({
          path: 'tracks.1.id',
          message: expect.stringContaining('used twice'),
        }),
      ]),
    );
  });

  it('a module folder in neither the core nor a track', () => {
    const problems = problemsAfterEdit('course.yaml', (t) =>
      t.replace('core:\n  - what-is-corruption', 'core:\n  - somewhere-else'),
    );
    expect(problems).toContainEqual({
      file: 'content/modules/what-is-corruption',
      path: '',
      message: expect.stringContaining('neither the core nor a track'),
    });
  });

  it('a track without its title, summary and role in a language', () => {
    const problems = problemsAfterEdit(
      'course.yaml',
      (t) => `${t}  - id: schools\n    modules: [x-y]\n`,
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ file: 'content/course.sv.yaml', path: 'tracks.schools' }),
        expect.objectContaining({ file: 'content/course.en.yaml', path: 'tracks.schools' }),
      ]),
    );
  });

  it('minutes and required written in module.yaml, which the course now derives', () => {
    const problems = problemsAfterEdit(
      `${m}/module.yaml`,
      (t) => `minutes: 10\nrequired: true\n${t}`,
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          path: 'minutes',
          message: expect.stringContaining('computes the minutes'),
        }),
        expect.objectContaining({
          path: 'required',
          message: expect.stringContaining('in the core'),
        }),
      ]),
    );
  });
});

describe('organisation settings', () => {
  it('an address that is not a web address, and a logo that is not there', () => {
    const problems = problemsAfterEdit(
      'course.yaml',
      (t) => t,
      'policyUrl: intranet/policy\nlogo: missing.svg\nreporting:\n  email: not-an-address\n',
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ file: 'content/organisation.yaml', path: 'policyUrl' }),
        expect.objectContaining({ file: 'content/organisation.yaml', path: 'reporting.email' }),
      ]),
    );
  });

  it('valid settings load', () => {
    expect(
      problemsAfterEdit(
        'course.yaml',
        (t) => t,
        'name: Region Exempel\npolicyUrl: https://example.se/policy\n',
      ),
    ).toEqual([]);
  });
});

describe('limits that keep saved progress readable', () => {
  it('an id longer than learners’ browsers store', () => {
    const long = 'a'.repeat(81);
    const problems = problemsAfterEdit('modules/what-is-corruption/module.yaml', (t) =>
      t.replace('  - id: definition', `  - id: ${long}`),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({ message: expect.stringContaining('at most 80') }),
    );
  });
});
