import type { z } from 'zod/mini';

/**
 * A zod/mini check that `test` holds for the value. A plain check function
 * rather than `z.refine`: the first page's vendor chunk holds every part of
 * zod the app uses anywhere, and this adds none.
 */
export function holds<T>(test: (value: T) => boolean, message = 'invalid') {
  return (payload: z.core.ParsePayload<T>) => {
    if (!test(payload.value))
      payload.issues.push({ code: 'custom', input: payload.value, message });
  };
}
