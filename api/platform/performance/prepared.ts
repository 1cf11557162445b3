import { is, Placeholder } from "drizzle-orm";
import { readerOf, type Database } from "../../../drizzle/database.js";
import { mapRowsCompiled } from "./row-mapper.js";

interface PreparableQuery<Result> {
  toSQL(): { sql: string; params: unknown[] };
  prepare(name: string): { execute(values: Record<string, unknown>): Promise<Result> };
}

type Prepared = { execute(values: Record<string, unknown>): Promise<unknown>; compiledMapping?: boolean };

/** Shapes kept per database; more distinct shapes than this (selections vary with the query) start the cache afresh. */
const MAX_SHAPES = 500;
const statements = new WeakMap<Database, Map<string, Prepared>>();

/**
 * Runs a query built once per `shape` and kept (drizzle's prepared query): building the statement's text cost a
 * sixth of the server's time on the nested referral list. Every value must be a placeholder filled from `values`:
 * a value written into the query itself would be reused for every later request of the shape, so a query holding
 * one is refused when it is built. `shape` must name everything else the text depends on (selection, filters present).
 * A select's rows are mapped by a function compiled once for the shape (`compileRowMapper`): the same objects as drizzle's.
 */
export function runPrepared<Result>(
  db: Database,
  shape: string,
  build: () => PreparableQuery<Result>,
  values: Record<string, unknown>,
): Promise<Result> {
  // Kept per database the reads go to now (a request's routed database reads from the replica or the primary).
  const reader = readerOf(db);
  let byShape = statements.get(reader);
  if (!byShape) statements.set(reader, (byShape = new Map()));
  let statement = byShape.get(shape);
  if (!statement) {
    const query = build();
    const fixed = query.toSQL().params.filter((param) => !is(param, Placeholder));
    if (fixed.length > 0) throw new Error(`the prepared statement "${shape}" holds ${fixed.length} value(s) that are not placeholders`);
    if (byShape.size >= MAX_SHAPES) byShape.clear();
    statement = query.prepare(shape.slice(0, 60));
    // Its rows mapped by a function compiled for its fields, not cell by cell (row-mapper.ts).
    statement.compiledMapping = mapRowsCompiled(statement);
    byShape.set(shape, statement);
  }
  return statement.execute(values) as Promise<Result>;
}

/** The shapes prepared so far on `db`, oldest first (tests prove one statement per shape with it). */
export const preparedShapes = (db: Database): string[] => [...(statements.get(db)?.keys() ?? [])];

/** Whether the statement prepared for `shape` on `db` maps its rows with a compiled mapper (tests prove it is in use). */
export const mapsRowsCompiled = (db: Database, shape: string): boolean => statements.get(db)?.get(shape)?.compiledMapping === true;
