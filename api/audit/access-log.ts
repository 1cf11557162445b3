import { sql, type SQL } from "drizzle-orm";
import type { Executor } from "../../drizzle/database.js";
import { accessLog } from "../../drizzle/schema/index.js";
import type { Principal } from "../auth/principal.js";
import type { Clock } from "../platform/time/clock.js";

export interface PersonalDataAccess {
  patientId: string;
  action: string;
  basis: string;
}

export interface AccessLogContext {
  principal: Principal;
  clock: Clock;
  operationName: string | null;
  requestId: string;
}

/** The request's part of an access-log row. */
const requestValues = (ctx: AccessLogContext) => ({
  at: ctx.clock.now().toISOString(),
  client: ctx.principal.clientId,
  role: ctx.principal.role,
  operation: ctx.operationName ?? "anonymous",
  request: ctx.requestId,
});

/** The request's part as SQL: bound values, or placeholders of a statement prepared once. */
type RequestColumns = Record<keyof ReturnType<typeof requestValues>, SQL>;

const requestColumns = (column: (name: keyof RequestColumns) => SQL): RequestColumns => ({
  at: column("at"),
  client: column("client"),
  role: column("role"),
  operation: column("operation"),
  request: column("request"),
});

/** The access-log insert of `rows`, a from-item of (action, patient_id, basis) for this request. */
function insertAccessRows(request: RequestColumns, rows: SQL): SQL {
  return sql`
    insert into ${accessLog} (at, client_id, role, operation, action, patient_id, basis, request_id)
    select ${request.at}::timestamptz, ${request.client}::text, ${request.role}::role,
           ${request.operation}::text, a.action, a.patient_id, a.basis, ${request.request}::text
    from ${rows} as a(action, patient_id, basis)`;
}

/**
 * The access-log insert for the patients `patientIds` yields (a query of one uuid column), each once: run as a CTE of
 * the statement that reads them, so the read and its log are one statement. Its values are placeholders (the
 * statement is prepared once, see prepared.ts), filled by `accessLogValues`.
 */
export function accessLogInsert(patientIds: SQL): SQL {
  const placeholder = (name: string) => sql`${sql.placeholder(`log_${name}`)}`;
  return insertAccessRows(
    requestColumns(placeholder),
    sql`(select distinct ${placeholder("action")}::text, patient_id, ${placeholder("basis")}::text from (${patientIds}) as read(patient_id))`,
  );
}

/** The values of `accessLogInsert`'s placeholders for this request and access. */
export function accessLogValues(ctx: AccessLogContext, access: Omit<PersonalDataAccess, "patientId">): Record<string, unknown> {
  const values: Record<string, unknown> = { action: access.action, basis: access.basis, ...requestValues(ctx) };
  return Object.fromEntries(Object.entries(values).map(([name, value]) => [`log_${name}`, value]));
}

/**
 * Appends one row per patient whose personal data is read or written (KVKK). Called before the
 * data leaves the service: a read that cannot be logged is not answered.
 */
export async function recordAccess(db: Executor, ctx: AccessLogContext, accesses: PersonalDataAccess[]): Promise<void> {
  if (accesses.length === 0) return;
  // One statement of constant text whatever the number of patients (a page of 50 is one insert of three
  // arrays, not 400 parameters): PostgreSQL reuses its plan and building it costs next to nothing.
  const column = (name: keyof PersonalDataAccess) => sql.param(accesses.map((access) => access[name]));
  const request = requestValues(ctx);
  await db.execute(
    insertAccessRows(
      requestColumns((name) => sql`${request[name]}`),
      sql`unnest(${column("action")}::text[], ${column("patientId")}::uuid[], ${column("basis")}::text[])`,
    ),
  );
}
