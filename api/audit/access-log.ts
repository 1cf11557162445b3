import { sql } from "drizzle-orm";
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

/**
 * Appends one row per patient whose personal data is read or written (KVKK). Called before the
 * data leaves the service: a read that cannot be logged is not answered.
 */
export async function recordAccess(db: Executor, ctx: AccessLogContext, accesses: PersonalDataAccess[]): Promise<void> {
  if (accesses.length === 0) return;
  // One statement of constant text whatever the number of patients (a page of 50 is one insert of three
  // arrays, not 400 parameters): PostgreSQL reuses its plan and building it costs next to nothing.
  const column = (name: keyof PersonalDataAccess) => sql.param(accesses.map((access) => access[name]));
  await db.execute(sql`
    insert into ${accessLog} (at, client_id, role, operation, action, patient_id, basis, request_id)
    select ${ctx.clock.now().toISOString()}::timestamptz, ${ctx.principal.clientId}, ${ctx.principal.role}::role,
           ${ctx.operationName ?? "anonymous"}, a.action, a.patient_id, a.basis, ${ctx.requestId}
    from unnest(${column("action")}::text[], ${column("patientId")}::uuid[], ${column("basis")}::text[]) as a(action, patient_id, basis)`);
}
