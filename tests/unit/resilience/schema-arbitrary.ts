/**
 * A fast-check arbitrary derived from a zod/mini schema: it reads the schema's
 * own definition (objects, records, lists, optional fields, enums) and limits
 * (lengths, bounds, integers), so every value it makes is one the schema
 * accepts, and a limit changed in the schema changes what is generated. Only
 * what a definition cannot say is given here: strings that must match a
 * pattern, and where to draw ids from (the real course's, and any others).
 * Lists and records are kept short for speed; every single value still spans
 * the whole range the schema allows (times up to the last JavaScript date).
 */
import fc from 'fast-check';

/** zod's definition of a schema, as zod itself reads it (`schema._zod.def`). */
interface Def {
  type: string;
  checks?: { _zod: { def: Record<string, unknown> & { check: string } } }[];
  shape?: Record<string, Schema>;
  keyType?: Schema;
  valueType?: Schema;
  element?: Schema;
  innerType?: Schema;
  items?: Schema[];
  options?: Schema[];
  entries?: Record<string, string>;
  values?: unknown[];
  format?: string;
}
export interface Schema {
  _zod: { def: Def };
}

export interface Overrides {
  /** Arbitraries for particular schemas (by identity), e.g. an id drawn from the course. */
  schemas?: Map<unknown, fc.Arbitrary<unknown>>;
  /** Arbitraries for strings that must match a pattern, by the pattern's source. */
  patterns?: Record<string, fc.Arbitrary<string>>;
  /** The most items a generated list or record holds (the schema's own maximum if lower). */
  maxItems?: number;
}

function limits(def: Def) {
  const out: { min?: number; max?: number; minInclusive?: boolean; maxInclusive?: boolean } = {};
  let pattern: RegExp | undefined;
  for (const check of def.checks ?? []) {
    const c = check._zod.def;
    if (c.check === 'min_length') out.min = c.minimum as number;
    if (c.check === 'max_length') out.max = c.maximum as number;
    if (c.check === 'greater_than') {
      out.min = c.value as number;
      out.minInclusive = c.inclusive as boolean;
    }
    if (c.check === 'less_than') {
      out.max = c.value as number;
      out.maxInclusive = c.inclusive as boolean;
    }
    if (c.check === 'string_format' && c.format === 'regex') pattern = c.pattern as RegExp;
  }
  return { ...out, pattern, int: def.format === 'safeint' || def.format === 'int32' };
}

/** An arbitrary of every value `schema` accepts (within the overrides' shortcuts). */
export function arbitraryOf(schema: Schema, overrides: Overrides = {}): fc.Arbitrary<unknown> {
  const given = overrides.schemas?.get(schema);
  if (given) return given;
  const def = schema._zod.def;
  const maxItems = overrides.maxItems ?? 4;
  const of = (s: Schema) => arbitraryOf(s, overrides);
  switch (def.type) {
    case 'object': {
      const shape = def.shape!;
      const required = Object.keys(shape).filter((k) => shape[k]!._zod.def.type !== 'optional');
      return fc.record(Object.fromEntries(Object.entries(shape).map(([k, s]) => [k, of(s)])), {
        requiredKeys: required,
      });
    }
    case 'optional':
      return of(def.innerType!);
    case 'record':
      return fc
        .array(fc.tuple(of(def.keyType!) as fc.Arbitrary<string>, of(def.valueType!)), {
          maxLength: maxItems,
        })
        .map((entries) => Object.fromEntries(entries));
    case 'array': {
      const { min = 0, max = Infinity } = limits(def);
      return fc.array(of(def.element!), {
        minLength: min,
        maxLength: Math.max(min, Math.min(max, maxItems)),
      });
    }
    case 'tuple':
      return fc.tuple(...def.items!.map(of));
    case 'union':
      return fc.oneof(...def.options!.map(of));
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries!));
    case 'literal':
      return fc.constantFrom(...def.values!);
    case 'boolean':
      return fc.boolean();
    case 'number': {
      const { int, ...bounds } = limits(def);
      const wide = int ? Number.MAX_SAFE_INTEGER : Number.MAX_VALUE;
      const { min = -wide, max = wide } = bounds;
      const edges = fc.constantFrom(min, max);
      const any = int
        ? fc
            .double({ min, max, noNaN: true })
            .map((n) => Math.min(max, Math.max(min, Math.round(n))))
        : fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
      return fc.oneof(edges, any);
    }
    case 'string': {
      const { min = 0, max = 200, pattern } = limits(def);
      if (pattern) {
        const arb = overrides.patterns?.[pattern.source];
        if (!arb) throw new Error(`no arbitrary for strings matching ${pattern.source}`);
        return arb;
      }
      return fc
        .string({ unit: 'grapheme', minLength: min, maxLength: max })
        .filter((s) => s.length >= min && s.length <= max);
    }
    default:
      throw new Error(`no arbitrary for a zod schema of type ${def.type}`);
  }
}
