import { describe, expect, it } from 'vitest';
import { buildCourseIndex } from '@/lms/course-index';
import { content, index } from './course';

describe('the course index', () => {
  it('holds every module of the course, by id, in course order (the core, then each track)', () => {
    const { catalogue } = { catalogue: content.catalogue.sv };
    expect(index.modules.map((m) => m.id)).toEqual([
      ...catalogue.core.modules,
      ...catalogue.tracks.flatMap((t) => t.modules),
    ]);
  });

  it('lists the core and each track as parts, with objective ids no module id can take', () => {
    const { catalogue } = { catalogue: content.catalogue.sv };
    expect(index.parts).toEqual([
      { id: 'course_core', modules: catalogue.core.modules },
      ...catalogue.tracks.map((t) => ({ id: `track_${t.id}`, modules: t.modules })),
    ]);
    for (const part of index.parts) expect(part.id).toMatch(/^[a-z0-9-]+_[a-z0-9-]+$/);
    expect(index.modules.filter((m) => m.required).map((m) => m.id)).toEqual(
      catalogue.core.modules,
    );
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
