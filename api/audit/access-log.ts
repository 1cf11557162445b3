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
  const at = ctx.clock.now();
  await db.insert(accessLog).values(
    accesses.map((access) => ({
      at,
      clientId: ctx.principal.clientId,
      role: ctx.principal.role,
      operation: ctx.operationName ?? "anonymous",
      action: access.action,
      patientId: access.patientId,
      basis: access.basis,
      requestId: ctx.requestId,
    })),
  );
}
