import { sql, type SQL } from "drizzle-orm";
import type { Executor } from "../../drizzle/database.js";
import { accessLog } from "../../drizzle/schema/index.js";
import type { Principal } from "../auth/principal.js";
import type { Clock } from "../platform/clock.js";

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

/** The access-log insert of `rows`, a from-item of (action, patient_id, basis) for this request. */
function insertAccessRows(ctx: AccessLogContext, rows: SQL): SQL {
  return sql`
    insert into ${accessLog} (at, client_id, role, operation, action, patient_id, basis, request_id)
    select ${ctx.clock.now().toISOString()}::timestamptz, ${ctx.principal.clientId}, ${ctx.principal.role}::role,
           ${ctx.operationName ?? "anonymous"}, a.action, a.patient_id, a.basis, ${ctx.requestId}
    from ${rows} as a(action, patient_id, basis)`;
}

/**
 * The access-log insert for the patients `patientIds` yields (a query of one uuid column), each once, under one
 * action and basis: run as a CTE of the statement that reads them, so the read and its log are one statement.
 */
export function accessLogInsert(ctx: AccessLogContext, access: Omit<PersonalDataAccess, "patientId">, patientIds: SQL): SQL {
  return insertAccessRows(
    ctx,
    sql`(select distinct ${access.action}::text, patient_id, ${access.basis}::text from (${patientIds}) as read(patient_id))`,
  );
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
  await db.execute(
    insertAccessRows(ctx, sql`unnest(${column("action")}::text[], ${column("patientId")}::uuid[], ${column("basis")}::text[])`),
  );
}
