import { createCipheriv, createDecipheriv, createHmac, randomBytes } from "node:crypto";
import { and, asc, count, desc, sql, type AnyColumn, type SQL } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import type { Executor } from "../../../drizzle/database.js";
import { badInput } from "./errors.js";

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

/** Relay pagination arguments as the client sent them. */
export interface PageArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

export interface Page<T> {
  nodes: T[];
  /** The cursor of `nodes[index]`, made only when a client asks for it. */
  cursorAt: (index: number) => string;
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  /** Runs the count only when the client asks for `totalCount`. */
  totalCount: () => Promise<number>;
}

type CursorValue = string | number;

interface PageWindow {
  direction: "forward" | "backward";
  size: number;
  after: CursorValue[] | null;
  before: CursorValue[] | null;
}

/** Validates `first`/`last` (1..100, not both) and decodes the cursors, naming the bad argument. */
export function pageWindow(args: PageArgs, keyLength: number): PageWindow {
  if (args.first != null && args.last != null) throw badInput(["last"], "use either first or last, not both.");
  for (const name of ["first", "last"] as const) {
    const value = args[name];
    if (value != null && (!Number.isInteger(value) || value < 1 || value > MAX_PAGE_SIZE)) {
      throw badInput([name], `must be between 1 and ${MAX_PAGE_SIZE}.`);
    }
  }
  return {
    direction: args.last != null ? "backward" : "forward",
    size: args.last ?? args.first ?? DEFAULT_PAGE_SIZE,
    after: args.after != null ? decodeCursor(args.after, "after", keyLength) : null,
    before: args.before != null ? decodeCursor(args.before, "before", keyLength) : null,
  };
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A decoded cursor value must be of its column's type, or PostgreSQL would fail on it (a forged cursor). */
function fitsColumn(value: CursorValue, column: AnyColumn): boolean {
  switch (column.columnType) {
    case "PgUUID":
      return typeof value === "string" && uuidPattern.test(value);
    case "PgTimestamp":
    case "PgTimestampString":
      return typeof value === "string" && !Number.isNaN(Date.parse(value));
    case "PgInteger":
    case "PgBigInt53":
      return typeof value === "number" && Number.isSafeInteger(value);
    default:
      return typeof value === "string";
  }
}

/**
 * A LIMIT written into the statement's text rather than sent as a parameter. With `limit $1`, PostgreSQL's cached
 * generic plan assumes a tenth of the table comes back and sizes the join's caches for it: the referral page cost
 * 0.78 ms of database time per execution against 0.42 ms with the number in the text (pgbench, 300k referrals).
 * Page sizes are validated integers, so the few texts they make are each prepared once per connection.
 */
export function literalLimit(rows: number): number {
  if (!Number.isSafeInteger(rows) || rows < 0) throw new Error(`a LIMIT must be a whole number of rows, not ${rows}`);
  // drizzle writes an SQL chunk given as the limit into the text as it is.
  return sql.raw(String(rows)) as unknown as number;
}

/**
 * Cursors are opaque and tamper-evident: the sort key sealed with AES-256-GCM under a key derived from the
 * server's signing key (`useCursorKey`), so a client can neither read the key's shape nor forge a position; a
 * changed or made-up cursor fails authentication and is refused naming its argument. The nonce is an HMAC of
 * the key (SIV-style): the same position always gets the same cursor, and distinct positions distinct nonces.
 */
let cursorKeys = cursorKeysOf(randomBytes(32));

function cursorKeysOf(secret: Uint8Array) {
  const derive = (purpose: string) => createHmac("sha256", secret).update(purpose).digest();
  return { cipher: derive("koordinat cursor cipher"), nonce: derive("koordinat cursor nonce") };
}

/** Every process of one deployment derives the same key from the shared signing key, so a cursor works on any of them. */
export function useCursorKey(secret: Uint8Array): void {
  cursorKeys = cursorKeysOf(secret);
}

const NONCE_BYTES = 12;
const TAG_BYTES = 16;

export function encodeCursor(key: CursorValue[]): string {
  const plain = Buffer.from(JSON.stringify(key), "utf8");
  const nonce = createHmac("sha256", cursorKeys.nonce).update(plain).digest().subarray(0, NONCE_BYTES);
  const cipher = createCipheriv("aes-256-gcm", cursorKeys.cipher, nonce);
  const sealed = Buffer.concat([cipher.update(plain), cipher.final()]);
  return Buffer.concat([nonce, sealed, cipher.getAuthTag()]).toString("base64url");
}

function decodeCursor(cursor: string, field: string, keyLength: number): CursorValue[] {
  try {
    const bytes = Buffer.from(cursor, "base64url");
    if (bytes.length > NONCE_BYTES + TAG_BYTES) {
      const decipher = createDecipheriv("aes-256-gcm", cursorKeys.cipher, bytes.subarray(0, NONCE_BYTES));
      decipher.setAuthTag(bytes.subarray(bytes.length - TAG_BYTES));
      const plain = Buffer.concat([decipher.update(bytes.subarray(NONCE_BYTES, bytes.length - TAG_BYTES)), decipher.final()]);
      const key = JSON.parse(plain.toString("utf8"));
      if (Array.isArray(key) && key.length === keyLength && key.every((v) => typeof v === "string" || typeof v === "number")) {
        return key;
      }
    }
  } catch {
    // not sealed by this server (forged, altered or from another deployment): the error below
  }
  throw badInput([field], "is not a cursor returned by this connection.");
}

/** What a page's statement depends on besides its filter: the window's shape, and the cursor values to run it with. */
export interface PageStatement {
  shape: string;
  values: Record<string, unknown>;
}

export interface KeysetQuery<Row> {
  args: PageArgs;
  /** The sort key, unique per row (end it with the primary key), and how to read it off a row. */
  orderBy: AnyColumn[];
  keyOf: (row: Row) => CursorValue[];
  /**
   * Runs the page query with the filter plus the cursor condition, in the given order, with the limit. The cursor's
   * values are placeholders, given in `page.values`; `page.shape` names what else of the statement's text depends on the
   * window (direction, cursors, limit), so a caller can prepare one statement per shape (see prepared.ts).
   */
  fetch: (where: SQL | undefined, order: SQL[], limit: number, page: PageStatement) => Promise<Row[]>;
  count: () => Promise<number>;
}

/**
 * A cursor carries an instant as JavaScript's Date does, to the millisecond: an instant in a sort key must be stored so
 * (`sortKeyInstant`), or a row with microseconds sorts after its own cursor and is answered again on the next page.
 */
function assertCursorPrecision(orderBy: AnyColumn[]): void {
  for (const column of orderBy) {
    const precision = (column as { precision?: number }).precision;
    if (column.columnType === "PgTimestamp" && !(precision !== undefined && precision <= 3))
      throw new Error(`${column.name} sorts a list but keeps more than milliseconds: declare it with sortKeyInstant()`);
  }
}

/** Keyset (cursor) pagination over a unique sort key: stable under inserts, one statement per page. */
export async function keysetPage<Row>(query: KeysetQuery<Row>): Promise<Page<Row>> {
  assertCursorPrecision(query.orderBy);
  const window = pageWindow(query.args, query.orderBy.length);
  for (const [field, key] of [
    ["after", window.after],
    ["before", window.before],
  ] as const) {
    if (key && !key.every((value, i) => fitsColumn(value, query.orderBy[i])))
      throw badInput([field], "is not a cursor returned by this connection.");
  }
  const key = sql.join(query.orderBy, sql`, `);
  const values: Record<string, unknown> = {};
  const beyond = (name: "after" | "before", cursor: CursorValue[] | null, comparison: SQL) => {
    if (!cursor) return undefined;
    cursor.forEach((value, i) => (values[`${name}_${i}`] = value));
    return sql`(${key}) ${comparison} (${sql.join(
      cursor.map((_, i) => sql.placeholder(`${name}_${i}`)),
      sql`, `,
    )})`;
  };
  const conditions = [beyond("after", window.after, sql`>`), beyond("before", window.before, sql`<`)].filter((c): c is SQL => Boolean(c));
  const forward = window.direction === "forward";
  const order = query.orderBy.map((column) => (forward ? asc(column) : desc(column)));
  const limit = window.size + 1;
  const shape = `${window.direction}:${window.after ? "after" : ""}:${window.before ? "before" : ""}:${limit}`;
  const rows = await query.fetch(conditions.length ? and(...conditions) : undefined, order, limit, { shape, values });
  const hasMore = rows.length > window.size;
  const nodes = rows.slice(0, window.size);
  if (!forward) nodes.reverse();
  return {
    nodes,
    cursorAt: (index) => encodeCursor(query.keyOf(nodes[index])),
    hasNextPage: forward ? hasMore : window.before != null,
    hasPreviousPage: forward ? window.after != null : hasMore,
    totalCount: query.count,
  };
}

/** The rows of `table` matching `where` (its placeholders filled from `values`): a connection's totalCount. */
export async function countWhere(
  db: Executor,
  table: PgTable,
  where: SQL | undefined,
  values: Record<string, unknown> = {},
): Promise<number> {
  return (await db.select({ n: count() }).from(table).where(where).execute(values))[0].n;
}

/** A keyset page of one table's rows matching `where`; the count runs only if asked for. */
export function tablePage<Table extends PgTable>(
  db: Executor,
  table: Table,
  query: {
    where: SQL | undefined;
    /** Values of placeholders in `where`. */
    values?: Record<string, unknown>;
    orderBy: AnyColumn[];
    keyOf: (row: Table["$inferSelect"]) => CursorValue[];
    args: PageArgs;
  },
): Promise<Page<Table["$inferSelect"]>> {
  return keysetPage({
    args: query.args,
    orderBy: query.orderBy,
    keyOf: query.keyOf,
    fetch: (cursor, order, limit, page) =>
      db
        .select()
        .from(table as PgTable)
        .where(and(query.where, cursor))
        .orderBy(...order)
        .limit(literalLimit(limit))
        .execute({ ...query.values, ...page.values }) as Promise<Table["$inferSelect"][]>,
    count: () => countWhere(db, table, query.where, query.values),
  });
}

/** The same cursor semantics over a list already in memory (reference data), sorted by `keyOf`. */
export function arrayPage<T>(items: T[], keyOf: (item: T) => string, args: PageArgs): Page<T> {
  const window = pageWindow(args, 1);
  const after = window.after?.[0];
  const before = window.before?.[0];
  const inRange = items.filter((item) => (after == null || keyOf(item) > after) && (before == null || keyOf(item) < before));
  const forward = window.direction === "forward";
  const nodes = forward ? inRange.slice(0, window.size) : inRange.slice(Math.max(0, inRange.length - window.size));
  const hasMore = inRange.length > window.size;
  return {
    nodes,
    cursorAt: (index) => encodeCursor([keyOf(nodes[index])]),
    hasNextPage: forward ? hasMore : before != null,
    hasPreviousPage: forward ? after != null : hasMore,
    totalCount: async () => items.length,
  };
}

/** An edge of a connection: its cursor is encoded only if the client selects it. */
class Edge<Node> {
  constructor(
    readonly node: Node,
    private readonly cursorAt: (index: number) => string,
    private readonly index: number,
  ) {}

  get cursor(): string {
    return this.cursorAt(this.index);
  }
}

/** A page's pageInfo: its start and end cursors are encoded (sealed) only if the client selects them. */
class PageInfo {
  readonly hasNextPage: boolean;
  readonly hasPreviousPage: boolean;
  constructor(private readonly page: Page<unknown>) {
    this.hasNextPage = page.hasNextPage;
    this.hasPreviousPage = page.hasPreviousPage;
  }

  get startCursor(): string | null {
    return this.page.nodes.length ? this.page.cursorAt(0) : null;
  }

  get endCursor(): string | null {
    return this.page.nodes.length ? this.page.cursorAt(this.page.nodes.length - 1) : null;
  }
}

/** The GraphQL shape of a page: edges with cursors, pageInfo, and a lazy totalCount. */
export function connectionOf<Row, Node = Row>(page: Page<Row>, toNode: (row: Row) => Node = (row) => row as unknown as Node) {
  return {
    edges: page.nodes.map((row, i) => new Edge(toNode(row), page.cursorAt, i)),
    pageInfo: new PageInfo(page),
    totalCount: page.totalCount,
  };
}
