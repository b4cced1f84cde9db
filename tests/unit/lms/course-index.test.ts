import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildCourseIndex } from '@/lms/course-index';
import { content, index } from './course';

describe('the course index', () => {
  it('holds every module of content/course.yaml, by id, in course order', () => {
    const course = parse(readFileSync('content/course.yaml', 'utf8')) as { modules: string[] };
    expect(index.modules.map((m) => m.id)).toEqual(course.modules);
  });

  it('is the same in both languages, so a learner can switch without losing progress', () => {
    expect(buildCourseIndex(content.catalogue.en, content.modules.en)).toEqual(index);
  });

  it('gives each module a fingerprint that changes when its ids change', () => {
    const fingerprints = index.modules.map((m) => m.fingerprint);
    expect(new Set(fingerprints).size).toBe(fingerprints.length);
    const module = content.modules.sv['what-is-corruption']!;
    const edited = buildCourseIndex(content.catalogue.sv, {
      ...content.modules.sv,
      'what-is-corruption': { ...module, lessons: module.lessons.slice(1) },
    });
    expect(edited.modules[0]!.fingerprint).not.toBe(index.modules[0]!.fingerprint);
    expect(edited.modules[1]!.fingerprint).toBe(index.modules[1]!.fingerprint);
  });
});
