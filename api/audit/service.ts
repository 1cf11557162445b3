import { and, eq, gte, lt, type SQL } from "drizzle-orm";
import { accessLog, patientAccessJustifications } from "../../drizzle/schema/index.js";
import type { AccessLogRow, PatientAccessJustificationRow } from "../../drizzle/schema/index.js";
import { authorise } from "../auth/authorise.js";
import { decideAccessLogRead } from "../auth/policy.js";
import { forbidden } from "../platform/conventions/errors.js";
import { localIdOf } from "../platform/conventions/global-id.js";
import { tablePage, type Page, type PageArgs } from "../platform/conventions/pagination.js";
import type { ServiceContext } from "../platform/conventions/service-context.js";

export interface AccessLogQuery {
  patientId?: string | null;
  clientId?: string | null;
  from?: Date | null;
  to?: Date | null;
}

export class AuditService {
  constructor(private readonly ctx: ServiceContext) {}

  /** The access log, oldest first (use `last` for the newest), for auditors only. */
  list(filter: AccessLogQuery, args: PageArgs): Promise<Page<AccessLogRow>> {
    const decision = decideAccessLogRead(this.ctx.principal);
    if (!decision.allowed) throw forbidden("read the access log", decision.reason, decision.rule);
    const conditions: SQL[] = [];
    if (filter.patientId) conditions.push(eq(accessLog.patientId, localIdOf(filter.patientId, "Patient", ["filter", "patientId"])));
    if (filter.clientId) conditions.push(eq(accessLog.clientId, filter.clientId));
    if (filter.from) conditions.push(gte(accessLog.at, filter.from));
    if (filter.to) conditions.push(lt(accessLog.at, filter.to));
    const where = and(...conditions);
    return tablePage(this.ctx.db, accessLog, { where, orderBy: [accessLog.id], keyOf: (row: AccessLogRow) => [row.id], args: args });
  }

  /** PAT-3: the reasons hospitals stated for giving themselves access, oldest first, optionally of one patient. */
  justifications(filter: { patientId?: string | null }, args: PageArgs): Promise<Page<PatientAccessJustificationRow>> {
    authorise(this.ctx.principal, "patient-access-justification:read");
    const t = patientAccessJustifications;
    const where = filter.patientId ? eq(t.patientId, localIdOf(filter.patientId, "Patient", ["patientId"])) : undefined;
    return tablePage(this.ctx.db, t, {
      where,
      orderBy: [t.at, t.id],
      keyOf: (row: PatientAccessJustificationRow) => [row.at.toISOString(), row.id],
      args,
    });
  }
}
