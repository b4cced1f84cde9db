/**
 * Recovering what is valid in a saved state that is not valid as a whole: one
 * bad field of one attempt must not cost the learner everything else. Each
 * helper takes any value and returns the part of it the schema accepts, or
 * `undefined` when nothing of it can be kept. The rule per saved field is in
 * persisted-fields.ts; what the helpers keep always passes the schema it names.
 */
import type { z } from 'zod/mini';

/** Keeps what it can of a value: the kept part, or `undefined` when nothing can be kept. */
export type Salvage<T> = (value: unknown) => T | undefined;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The value when the schema accepts it whole, else nothing. */
export const whole =
  <T>(schema: z.ZodMiniType<T>): Salvage<T> =>
  (value) => {
    const parsed = schema.safeParse(value);
    return parsed.success ? parsed.data : undefined;
  };

/** The entries of a record whose key the key schema accepts and whose value can be kept. */
export const entries =
  <T>(key: z.ZodMiniType<string>, item: Salvage<T>) =>
  (value: unknown): Record<string, T> => {
    if (!isRecord(value)) return {};
    const kept: Record<string, T> = {};
    for (const [k, v] of Object.entries(value)) {
      const keptKey = whole(key)(k);
      const keptValue = keptKey === undefined ? undefined : item(v);
      if (keptKey !== undefined && keptValue !== undefined) kept[keptKey] = keptValue;
    }
    return kept;
  };

/** The items of a list that can be kept, in order, at most `max` (the latest ones). */
export const items =
  <T>(item: Salvage<T>, max = Infinity) =>
  (value: unknown): T[] => {
    if (!Array.isArray(value)) return [];
    const kept = value.map(item).filter((x): x is T => x !== undefined);
    return kept.length > max ? kept.slice(-max) : kept;
  };

/**
 * An object whose listed parts are repaired first (a part that cannot be kept is
 * left out, as an optional part may be), and which the schema must then accept
 * whole: a required field beyond repair drops the object.
 */
export const repaired =
  <T extends object>(
    schema: z.ZodMiniType<T>,
    parts: { [K in keyof T]?: (value: unknown) => T[K] | undefined },
  ): Salvage<T> =>
  (value) => {
    if (!isRecord(value)) return undefined;
    const copy: Record<string, unknown> = { ...value };
    for (const [key, repair] of Object.entries(parts) as [string, (v: unknown) => unknown][]) {
      const kept = repair(value[key]);
      if (kept === undefined) delete copy[key];
      else copy[key] = kept;
    }
    return whole(schema)(copy);
  };

/**
 * An object kept field by field: each field the schema's shape accepts is kept,
 * each other one falls back to `fallback`'s. A field added to the schema is
 * covered without a change here.
 */
export function fieldwise<T extends object>(
  schema: z.ZodMiniType<T> & { shape: { [K in keyof T]: z.ZodMiniType<T[K]> } },
  fallback: T,
) {
  return (value: unknown): T => {
    if (!isRecord(value)) return fallback;
    const kept = { ...fallback };
    for (const key of Object.keys(schema.shape) as (keyof T & string)[]) {
      const field = whole(schema.shape[key])(value[key]);
      if (field !== undefined) kept[key] = field;
    }
    return whole(schema)(kept) ?? fallback;
  };
}
