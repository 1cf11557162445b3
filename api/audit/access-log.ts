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
  person: ctx.principal.person?.id ?? null,
  role: ctx.principal.role,
  operation: ctx.operationName ?? "anonymous",
  request: ctx.requestId,
});

/** The request's part as SQL: bound values, or placeholders of a statement prepared once. */
type RequestColumns = Record<keyof ReturnType<typeof requestValues>, SQL>;

const requestColumns = (column: (name: keyof RequestColumns) => SQL): RequestColumns => ({
  at: column("at"),
  client: column("client"),
  person: column("person"),
  role: column("role"),
  operation: column("operation"),
  request: column("request"),
});

/** The access-log insert of `rows`, a from-item of (action, patient_ids, bases) for this request: one row each. */
function insertAccessRows(request: RequestColumns, rows: SQL): SQL {
  return sql`
    insert into ${accessLog} (at, client_id, person_id, role, operation, action, patient_ids, bases, request_id)
    select ${request.at}::timestamptz, ${request.client}::text, ${request.person}::uuid, ${request.role}::role,
           ${request.operation}::text, a.action, a.patient_ids, a.bases, ${request.request}::text
    from ${rows} as a(action, patient_ids, bases)`;
}

/**
 * The access-log row for the patients `patientIds` yields (a query of one uuid column), each once, all on one basis:
 * run as a CTE of the statement that reads them, so the read and its log are one statement (and no row when it read
 * none). Its values are placeholders (the statement is prepared once, see prepared.ts), filled by `accessLogValues`.
 */
export function accessLogInsert(patientIds: SQL): SQL {
  const placeholder = (name: string) => sql`${sql.placeholder(`log_${name}`)}`;
  return insertAccessRows(
    requestColumns(placeholder),
    sql`(select ${placeholder("action")}::text, array_agg(patient_id), array_fill(${placeholder("basis")}::text, array[count(*)::int])
         from (select distinct patient_id from (${patientIds}) as read(patient_id)) as once having count(*) > 0)`,
  );
}

/** The values of `accessLogInsert`'s placeholders for this request and access. */
export function accessLogValues(ctx: AccessLogContext, access: Omit<PersonalDataAccess, "patientId">): Record<string, unknown> {
  const values: Record<string, unknown> = { action: access.action, basis: access.basis, ...requestValues(ctx) };
  return Object.fromEntries(Object.entries(values).map(([name, value]) => [`log_${name}`, value]));
}

/**
 * Records the patients whose personal data is read or written (KVKK): one row per action, naming each patient with
 * its basis. Called before the data leaves the service: a read that cannot be logged is not answered.
 */
export async function recordAccess(db: Executor, ctx: AccessLogContext, accesses: PersonalDataAccess[]): Promise<void> {
  if (accesses.length === 0) return;
  const byAction = new Map<string, PersonalDataAccess[]>();
  for (const access of accesses) byAction.set(access.action, [...(byAction.get(access.action) ?? []), access]);
  const reads = [...byAction].map(([action, group]) => ({
    action,
    patientIds: group.map((access) => access.patientId),
    bases: group.map((access) => access.basis),
  }));
  const request = requestValues(ctx);
  await db.execute(
    insertAccessRows(
      requestColumns((name) => sql`${request[name]}`),
      // One statement of constant text for one action whatever the number of patients: three parameters, not 3 × n.
      reads.length === 1
        ? sql`(select ${reads[0].action}::text, ${sql.param(reads[0].patientIds)}::uuid[], ${sql.param(reads[0].bases)}::text[])`
        : sql`(values ${sql.join(
            reads.map((read) => sql`(${read.action}::text, ${sql.param(read.patientIds)}::uuid[], ${sql.param(read.bases)}::text[])`),
            sql`, `,
          )})`,
    ),
  );
}
