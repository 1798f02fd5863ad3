import {
  defaultFieldResolver,
  getNamedType,
  GraphQLScalarType,
  isInputObjectType,
  isObjectType,
  Kind,
  print,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { dateParam } from '@dsv/neo4j';
import { isIsoDate } from '@dsv/seed';
import { UserInputError } from './errors.js';

/** A value given for a Date that is none: the argument check below names the argument it came in. */
export class InvalidDate {
  constructor(readonly given: string) {}
}

/**
 * `Date`: a calendar date, ISO 8601 yyyy-mm-dd (DESIGN.md §9.3). A wrong value
 * does not fail here, where the argument's name is unknown, but reaches
 * `rejectInvalidDates` as an InvalidDate, which answers BAD_USER_INPUT naming it.
 */
export const DateScalar = new GraphQLScalarType<string | InvalidDate, string>({
  name: 'Date',
  description: 'A calendar date, yyyy-mm-dd (ISO 8601), e.g. 2021-12-31.',
  serialize: (value) => String(value).slice(0, 10),
  parseValue: (value) => (typeof value === 'string' && isIsoDate(value) ? value : new InvalidDate(JSON.stringify(value) ?? String(value))),
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) return new InvalidDate(print(ast));
    return isIsoDate(ast.value) ? ast.value : new InvalidDate(JSON.stringify(ast.value));
  },
});

/** The first InvalidDate in a resolver's arguments, with its path ("asOf", "input.members.0.validFrom"). */
function findInvalid(value: unknown, path: string): { path: string; given: string } | null {
  if (value instanceof InvalidDate) return { path, given: value.given };
  if (value === null || typeof value !== 'object') return null;
  for (const [key, inner] of Object.entries(value)) {
    const found = findInvalid(inner, path ? `${path}.${key}` : key);
    if (found) return found;
  }
  return null;
}

const holdsDate = (type: GraphQLInputType, seen = new Set<GraphQLInputType>()): boolean => {
  const named = getNamedType(type);
  if (named === DateScalar) return true;
  if (!isInputObjectType(named) || seen.has(named)) return false;
  seen.add(named);
  return Object.values(named.getFields()).some((f) => holdsDate(f.type, seen));
};

/**
 * Every field that takes a Date (as an argument or inside an input) first
 * checks its arguments: a wrong date is BAD_USER_INPUT naming the argument
 * ("asOf", "input.members.0.validFrom"). Only those fields are wrapped.
 * Changes `schema` in place and returns it.
 */
export function rejectInvalidDates(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || !isObjectType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      if (!field.args.some((arg) => holdsDate(arg.type))) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, ctx, info) => {
        const invalid = findInvalid(args, '');
        if (invalid)
          throw new UserInputError(`Argument "${invalid.path}" must be a date written as yyyy-mm-dd (got ${invalid.given}).`, invalid.path);
        return resolve(source, args, ctx, info);
      };
    }
  }
  return schema;
}

const amsterdam = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today in the Netherlands, yyyy-mm-dd: the default date of every as-of question. */
export function today(now: Date = new Date()): string {
  return amsterdam.format(now);
}

/** The `$asOf` parameter of a statement: the date given, or today. */
export function asOfParam(asOf: string | null | undefined): unknown {
  return dateParam(asOf ?? today());
}

/** The description of every `asOf` argument. */
export const AS_OF = 'Only what is valid on this date counts (yyyy-mm-dd; default today); undated records are always valid.';

/** The description of every `recorded` argument of a dated relation. */
export const RECORDED = 'true: every one on record, past and future, each with its dates, whatever the date (what the edit forms read).';

/**
 * An object reached from an as-of question (a party of `party(id, asOf)`, a
 * partnership of a page) keeps that question's date, so its own relations are
 * those of the same day; absent or null: today.
 */
export interface OnDate {
  asOf?: string | null;
}

/** The objects with the date they were asked on (null: today), for their relations. */
export function onDate<T extends object>(items: T[], asOf: string | null | undefined): (T & OnDate)[] {
  return items.map((item) => ({ ...item, asOf: asOf ?? null }));
}
