import type { Catalogue, CourseTrack } from '@/types/content';

/** Who a module's dilemmas suit, from the course's shape: the core is for everyone, a track for its role. */
export type Audience = { kind: 'everyone' } | { kind: 'track'; track: CourseTrack };

export function audienceOf(catalogue: Catalogue, moduleId: string): Audience {
  const track = catalogue.tracks.find((t) => t.modules.includes(moduleId));
  return track ? { kind: 'track', track } : { kind: 'everyone' };
}
