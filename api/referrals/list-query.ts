import { and, eq, getTableColumns, or, sql, type SQL } from "drizzle-orm";
import { alias, type PgColumn, type PgTable } from "drizzle-orm/pg-core";
import type { Database } from "../../drizzle/database.js";
import { facilities, patients, referrals } from "../../drizzle/schema/index.js";
import type { FacilityRow, PatientRow, ReferralRow, ReferralStatus } from "../../drizzle/schema/index.js";
import { accessLogInsert } from "../audit/access-log.js";
import type { Principal } from "../auth/principal.js";
import { literalLimit, type PageStatement } from "../platform/conventions/pagination.js";

/**
 * The referral list's read model: which rows a caller's queue holds, and the one statement that reads a page of them
 * with their joined relations (and, for national roles, logs the patients it reads). The statement is prepared once per
 * shape (prepared.ts); its key is the serialised `ReferralListShape`, the only input the text is built from, so
 * nothing that changes the text can be left out of the key.
 */

/** Which columns a referral list reads (by property name): the referrals' own, and those of each relation to join. */
export interface ReferralColumns {
  referral: string[];
  patient?: string[];
  origin?: string[];
  destination?: string[];
}

/** What a list's client asks for: the columns its nodes read, and whether it asks for cursors (made from the sort key). */
export type ReferralListRead = ReferralColumns & { cursors: boolean };

/** Related rows read in the page's statement, each with only the columns its `ReferralColumns` entry names. */
export interface JoinedRelations {
  patient?: PatientRow;
  origin?: FacilityRow;
  destination?: FacilityRow | null;
}

/** A referral, on a list page with the relations joined into it (only the columns the query reads). */
export type JoinedReferral = ReferralRow & { joined?: JoinedRelations };

export type JoinedRow = { referral: ReferralRow } & JoinedRelations;

export interface ReferralListFilter {
  direction?: "INCOMING" | "OUTGOING" | null;
  status?: ReferralStatus | null;
  urgency?: ReferralRow["urgency"] | null;
}

/** Everything the list's SQL text depends on besides the page window. Values never go here: they are placeholders. */
export interface ReferralListShape {
  /** A hospital's queue (its incoming, outgoing or both) or every referral (national roles). */
  queue: "ALL" | "BOTH" | "INCOMING" | "OUTGOING";
  status: boolean;
  urgency: boolean;
  /** The columns selected (the sort key among them when cursors are asked for), relations joined in; null reads the referrals alone. */
  read: ReferralColumns | null;
  /** The page's patients are logged by a CTE of the statement that reads them. */
  logged: boolean;
}

export const referralOrder = [referrals.createdAt, referrals.id];
/** The properties `referralOrder` sorts by: what a row needs for its cursor. */
const referralSortKey = ["createdAt", "id"];

export function referralKeyOf(r: ReferralRow): string[] {
  // A page read without its sort key (no cursor asked for) must never encode a position it does not know.
  if (!(r.createdAt instanceof Date)) throw new Error("a referral's cursor needs its createdAt, and this page did not read it");
  return [r.createdAt.toISOString(), r.id];
}

/** The columns a page's statement selects: those the client's fields read, and the sort key if it asks for cursors. */
function columnsSelected({ cursors, ...columns }: ReferralListRead): ReferralColumns {
  return cursors ? { ...columns, referral: [...new Set([...columns.referral, ...referralSortKey])] } : columns;
}

/**
 * The caller's queue as a shape and the values of its placeholders; null for a role that has no referral queue.
 * `read` is null unless a relation is joined; `logged` says the page's patients are read under one decision for all.
 */
export function referralListOf(
  principal: Principal,
  filter: ReferralListFilter,
  read: ReferralListRead | null,
  logged: boolean,
): { shape: ReferralListShape; values: Record<string, unknown> } | null {
  const values: Record<string, unknown> = { status: filter.status, urgency: filter.urgency };
  let queue: ReferralListShape["queue"];
  if (principal.role === "PARTNER_HOSPITAL" && principal.scope.kind === "FACILITY") {
    values.facility = principal.scope.facilityId;
    queue = filter.direction ?? "BOTH";
  } else if (principal.role === "COORDINATION_UNIT" || principal.role === "AUDITOR") queue = "ALL";
  else return null;
  const joins = read && (read.patient || read.origin || read.destination) ? read : null;
  return {
    shape: {
      queue,
      status: Boolean(filter.status),
      urgency: Boolean(filter.urgency),
      read: joins && columnsSelected(joins),
      logged: Boolean(joins?.patient) && logged,
    },
    values,
  };
}

/** The queue's condition, its values as placeholders. */
export function referralListWhere(shape: ReferralListShape): SQL | undefined {
  const own = sql.placeholder("facility");
  const queue = {
    ALL: undefined,
    BOTH: or(eq(referrals.originFacilityId, own), eq(referrals.destinationFacilityId, own)),
    INCOMING: eq(referrals.destinationFacilityId, own),
    OUTGOING: eq(referrals.originFacilityId, own),
  }[shape.queue];
  return and(
    shape.status ? eq(referrals.status, sql.placeholder("status")) : undefined,
    shape.urgency ? eq(referrals.urgency, sql.placeholder("urgency")) : undefined,
    queue,
  );
}

const originFacility = alias(facilities, "origin_facility");
const destinationFacility = alias(facilities, "destination_facility");

/** The named columns of a table or of an alias of it, for a partial select. */
function columnsOf(table: PgTable, names: string[]): Record<string, PgColumn> {
  const columns = getTableColumns(table) as Record<string, PgColumn>;
  return Object.fromEntries(names.map((name) => [name, columns[name]]));
}

/** JSON with object keys sorted: equal shapes give equal keys whatever order their fields were set in. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value && typeof value === "object")
    return `{${Object.keys(value)
      .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`)
      .join(",")}}`;
  return JSON.stringify(value);
}

/** The prepared-statement key of a page: the shape and the page window's shape, nothing else. */
export const referralListKey = (shape: ReferralListShape, page: Pick<PageStatement, "shape">) =>
  `referrals.list ${canonicalJson(shape)} ${page.shape}`;

/**
 * A joined page's statement, built from the shape and the page window alone (`cursor`, `order` and `limit` are what
 * `page.shape` names, see keysetPage), with its key.
 */
export function referralListStatement(db: Database, shape: ReferralListShape & { read: ReferralColumns }, window: PageWindowSql) {
  const { cursor, order, limit, page } = window;
  const build = () => {
    const where = and(referralListWhere(shape), cursor);
    const { read } = shape;
    const selection = {
      referral: columnsOf(referrals, read.referral),
      ...(read.patient && { patient: columnsOf(patients, read.patient) }),
      ...(read.origin && { origin: columnsOf(originFacility, read.origin) }),
      ...(read.destination && { destination: columnsOf(destinationFacility, read.destination) }),
    };
    // The rows the page returns are logged in a CTE over the same rows: one statement, and no read without its log.
    // The fetch reads one more row than it shows (to tell whether there is a next page): that one is not logged.
    const logged = db.$with("logged_reads", {}).as(
      accessLogInsert(
        db
          .select({ patientId: referrals.patientId })
          .from(referrals)
          .where(where)
          .orderBy(...order)
          .limit(literalLimit(limit - 1))
          .getSQL(),
      ),
    );
    return (shape.logged ? db.with(logged) : db)
      .select(selection)
      .from(referrals)
      .innerJoin(patients, eq(patients.id, referrals.patientId))
      .innerJoin(originFacility, eq(originFacility.id, referrals.originFacilityId))
      .leftJoin(destinationFacility, eq(destinationFacility.id, referrals.destinationFacilityId))
      .where(where)
      .orderBy(...order)
      .limit(literalLimit(limit));
  };
  return { key: referralListKey(shape, page), build };
}

/** What keysetPage hands a page's fetch: the cursor condition, the order, the limit, and the window's shape and values. */
export interface PageWindowSql {
  cursor: SQL | undefined;
  order: SQL[];
  limit: number;
  page: PageStatement;
}
