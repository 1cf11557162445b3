import { and, arrayContains, count, eq, gte, inArray, lt, type SQL } from "drizzle-orm";
import { accessLogEntries, patientAccessJustifications, staffAccounts } from "../../drizzle/schema/index.js";
import { STAFF_ACCOUNT_TYPE } from "../staff/person.js";
import type { AccessLogRow, PatientAccessJustificationRow } from "../../drizzle/schema/index.js";
import { authorise } from "../auth/authorise.js";
import { decideAccessLogRead } from "../auth/policy.js";
import { forbidden } from "../platform/conventions/errors.js";
import { localIdOf } from "../platform/conventions/global-id.js";
import { keysetPage, literalLimit, tablePage, type Page, type PageArgs } from "../platform/conventions/pagination.js";
import type { ServiceContext } from "../platform/conventions/service-context.js";

export interface AccessLogQuery {
  patientId?: string | null;
  clientId?: string | null;
  personId?: string | null;
  personUsername?: string | null;
  from?: Date | null;
  to?: Date | null;
}

export class AuditService {
  constructor(private readonly ctx: ServiceContext) {}

  /** The access log, one entry per patient of each row, oldest first (use `last` for the newest), for auditors only. */
  list(filter: AccessLogQuery, args: PageArgs): Promise<Page<AccessLogRow>> {
    const decision = decideAccessLogRead(this.ctx.principal);
    if (!decision.allowed) throw forbidden("read the access log", decision.reason, decision.rule);
    const entries = accessLogEntries;
    const conditions: SQL[] = [];
    if (filter.patientId) {
      const patientId = localIdOf(filter.patientId, "Patient", ["filter", "patientId"]);
      // The containment finds the rows through the GIN index; the equality keeps only that patient's entries of them.
      conditions.push(arrayContains(entries.patientIds, [patientId]), eq(entries.patientId, patientId));
    }
    if (filter.clientId) conditions.push(eq(entries.clientId, filter.clientId));
    if (filter.personId) conditions.push(eq(entries.personId, localIdOf(filter.personId, STAFF_ACCOUNT_TYPE, ["filter", "personId"])));
    if (filter.personUsername) {
      const person = this.ctx.db
        .select({ id: staffAccounts.id })
        .from(staffAccounts)
        .where(eq(staffAccounts.username, filter.personUsername.trim().toLowerCase()));
      conditions.push(inArray(entries.personId, person));
    }
    if (filter.from) conditions.push(gte(entries.at, filter.from));
    if (filter.to) conditions.push(lt(entries.at, filter.to));
    const where = and(...conditions);
    return keysetPage({
      args,
      orderBy: [entries.id, entries.position],
      keyOf: (row: AccessLogRow) => [row.id, row.position],
      fetch: (cursor, order, limit, page) =>
        this.ctx.db
          .select()
          .from(entries)
          .where(and(where, cursor))
          .orderBy(...order)
          .limit(literalLimit(limit))
          .execute(page.values),
      count: async () => (await this.ctx.db.select({ n: count() }).from(entries).where(where))[0].n,
    });
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
