import { Column, getTableName, is, SQL, Subquery } from "drizzle-orm";

/** A selected field as drizzle orders them for its mapper (`orderSelectedFields`): where the value goes, what decodes it. */
export interface OrderedField {
  path: string[];
  field: unknown;
}

/** Turns the rows of a statement (arrays of driver values, in the order of its fields) into the selection's objects. */
export type RowMapper = (rows: unknown[][]) => Record<string, unknown>[];

interface Decoder {
  mapFromDriverValue(value: unknown): unknown;
}

/** The decoder drizzle's `mapResultRow` uses for a field: the column itself, or the SQL's (possibly aliased, in a subquery). */
function decoderOf(field: unknown): Decoder {
  if (is(field, Column)) return field;
  // `decoder` is internal to drizzle's SQL (set by `mapWith`), read as its mapResultRow reads it.
  const decoderOfSql = (sql: SQL) => (sql as unknown as { decoder: Decoder }).decoder;
  if (is(field, SQL)) return decoderOfSql(field);
  if (is(field, Subquery)) return decoderOfSql((field as unknown as { _: { sql: SQL } })._.sql);
  return decoderOfSql((field as SQL.Aliased).sql);
}

const identity = Column.prototype.mapFromDriverValue;

/** A node of the result's shape: a value (the index of its field) or an object of nodes, keys in first-selected order. */
type Shape = { index: number } | Map<string, Shape>;

/**
 * drizzle's `mapResultRow` (drizzle-orm/utils.js) compiled once for a statement's fields: the same objects, keys in
 * the same order, the same values, without the per-cell work (an entity check and a path walk for every cell, each
 * row built through `reduce`). A cell is decoded with its column's `mapFromDriverValue` only where the column has its
 * own (timestamps, numbers, arrays); a null stays null. As in drizzle, an object of a table's columns (a joined table,
 * `{ patient: { … } }`) becomes null when its first column is null and the join may have left it out (a left join:
 * `joinsNotNullableMap`), unless the object mixes columns of several tables.
 *
 * The function is generated (as graphql-jit compiles queries): its source holds only the selection's keys (as JSON
 * string literals) and column positions, never a value.
 */
export function compileRowMapper(fields: readonly OrderedField[], joinsNotNullableMap?: Record<string, boolean>): RowMapper {
  const decoders: (Decoder | null)[] = fields.map(({ field }) => {
    const decoder = decoderOf(field);
    return decoder.mapFromDriverValue === identity ? null : decoder;
  });
  const root: Map<string, Shape> = new Map();
  for (const [index, { path }] of fields.entries()) {
    let node = root;
    for (const [depth, key] of path.entries()) {
      if (depth === path.length - 1) {
        node.set(key, { index });
        break;
      }
      let next = node.get(key);
      // A key first given a value and then an object: drizzle's `in` check keeps the value and writes into it; never
      // made by a selection (a key is a column or an object), so it is refused rather than imitated.
      if (next && !(next instanceof Map))
        throw new Error(`the selection's "${path.slice(0, depth + 1).join(".")}" is a value and an object`);
      if (!next) node.set(key, (next = new Map()));
      node = next;
    }
  }
  // Objects drizzle may null out: path [object, column] of a column, the first such field of the object deciding.
  const nullable = new Map<string, number>();
  if (joinsNotNullableMap) {
    const first = new Map<string, { index: number; table: string } | false>();
    for (const [index, { path, field }] of fields.entries()) {
      if (path.length !== 2 || !is(field, Column)) continue;
      const table = getTableName(field.table);
      const seen = first.get(path[0]);
      if (seen === undefined) first.set(path[0], { index, table });
      else if (seen && seen.table !== table) first.set(path[0], false);
    }
    for (const [object, seen] of first) if (seen && !joinsNotNullableMap[seen.table]) nullable.set(object, seen.index);
  }
  const value = (index: number) => {
    const decoder = decoders[index];
    return decoder ? `(row[${index}] === null ? null : decoders[${index}].mapFromDriverValue(row[${index}]))` : `row[${index}]`;
  };
  const objectOf = (shape: Map<string, Shape>, top: boolean): string => {
    const entries = [...shape].map(([key, node]) => {
      let expression = node instanceof Map ? objectOf(node, false) : value(node.index);
      const decides = top ? nullable.get(key) : undefined;
      if (decides !== undefined) {
        // The value drizzle compares with null is the decoded one.
        const decided = decoders[decides] ? value(decides) : `row[${decides}]`;
        expression = `(${decided} === null ? null : ${expression})`;
      }
      return `${JSON.stringify(key)}: ${expression}`;
    });
    return `{ ${entries.join(", ")} }`;
  };
  const source = `"use strict";
return function mapRows(rows) {
  const mapped = new Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    mapped[i] = ${objectOf(root, true)};
  }
  return mapped;
};`;
  return new Function("decoders", source)(decoders) as RowMapper;
}

interface DrizzlePreparedQuery {
  fields?: OrderedField[];
  joinsNotNullableMap?: Record<string, boolean>;
  customResultMapper?: RowMapper;
}

/**
 * Has a prepared select map its rows with a mapper compiled once for its fields (above) instead of drizzle's per-row
 * `mapResultRow`: through drizzle's own hook for mapping a whole result (`customResultMapper`, which its relational
 * queries use; the postgres.js and PGlite sessions both call it with the rows as arrays). A prepared query without
 * the fields drizzle maps by (not a select) is left as it is. Returns whether the mapper is in place.
 */
export function mapRowsCompiled(prepared: unknown): boolean {
  const query = prepared as DrizzlePreparedQuery;
  if (!Array.isArray(query.fields) || query.customResultMapper) return false;
  query.customResultMapper = compileRowMapper(query.fields, query.joinsNotNullableMap);
  return true;
}
