import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from "graphql";
import { LocalDateResolver } from "graphql-scalars";

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A `YYYY-MM-DD` calendar date, checked by arithmetic (graphql-scalars builds two Date objects per value). */
function localDate(value: unknown, ast?: ValueNode): string {
  const nodes = ast ? { nodes: ast } : undefined;
  if (typeof value !== "string") throw new GraphQLError(`Value is not string: ${value}`, nodes);
  const parts = LOCAL_DATE.exec(value);
  if (!parts) throw new GraphQLError(`Value is not a valid LocalDate: ${value}`, nodes);
  const [year, month, day] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1];
  if (days === undefined || day < 1 || day > days) throw new GraphQLError(`Value is not a valid LocalDate: ${value}`, nodes);
  return value;
}

/**
 * graphql-scalars' LocalDate (same name, description and accepted values), checked without building Dates: a page
 * of 50 patients spent 2 % of the server's time serialising birth dates.
 */
export const LocalDate = new GraphQLScalarType({
  ...LocalDateResolver.toConfig(),
  serialize: (value) => localDate(value),
  parseValue: (value) => localDate(value),
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new GraphQLError(`Can only validate strings as local dates but got a: ${ast.kind}`, { nodes: ast });
    return localDate(ast.value, ast);
  },
});
