import { createHash } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Transaction } from "../../drizzle/database.js";
import { healthTourismCases, htDocuments, patients } from "../../drizzle/schema/index.js";
import { endCareLinks, openCareLink } from "../patients/care-links.js";
import type { HtCaseRow, HtDocumentKind, HtHistoryRow, HtStatus } from "../../drizzle/schema/index.js";
import { recordAccess } from "../audit/access-log.js";
import { audienceOf, authorise } from "../auth/authorise.js";
import { statusEvent } from "../events/catalogue.js";
import type { NewEvent } from "../events/outbox.js";
import { notFound, userError } from "../platform/conventions/errors.js";
import { isUuid, localIdOf, toGlobalId } from "../platform/conventions/global-id.js";
import { inTransaction, staleVersion, type MutationResult } from "../platform/conventions/mutation.js";
import { findByGlobalId } from "../platform/conventions/lookup.js";
import { claimIfKeyed } from "../platform/conventions/idempotency.js";
import { tablePage, type Page, type PageArgs } from "../platform/conventions/pagination.js";
import type { ServiceContext } from "../platform/conventions/service-context.js";
import { checkMove, recordCreation, transition } from "../platform/conventions/workflow.js";
import { checkHtStep, type HtAction } from "./rules.js";
import { healthTourismCaseWorkflow } from "./workflow.js";

/** Documents are kept in the database up to this size each (configurable with KOORDINAT_HT_DOCUMENT_MAX_BYTES). */
export const maxDocumentBytes = () => Number(process.env.KOORDINAT_HT_DOCUMENT_MAX_BYTES ?? 5 * 1024 * 1024);

export interface DocumentUpload {
  kind: HtDocumentKind;
  name: string;
  mediaType: string;
  contentBase64: string;
}

export interface HtMove {
  id: string;
  expectedVersion: number;
  action: HtAction;
  comment?: string | null;
  documents?: DocumentUpload[] | null;
  facilityId?: string | null;
  appointmentAt?: Date | null;
  cost?: { amountMinor: number; currency: string } | null;
  accommodationArranged?: boolean | null;
  transferArranged?: boolean | null;
  greetedBy?: string | null;
  interpreter?: { name: string; language: string } | null;
  guideName?: string | null;
  reason?: string | null;
  dryRun?: boolean | null;
}

/** Health-tourism cases (HT-1..8): the unit and the facility's International Health Tourism Unit move them. */
export class HealthTourismService {
  constructor(private readonly ctx: ServiceContext) {}

  async open(input: {
    patientId: string;
    channel: HtCaseRow["channel"];
    accommodationRequested: boolean;
    transferRequested: boolean;
    comment?: string | null;
    idempotencyKey?: string | null;
  }): Promise<MutationResult<HtCaseRow>> {
    authorise(this.ctx.principal, "health-tourism-case:open");
    const patientId = localIdOf(input.patientId, "Patient", ["input", "patientId"]);
    const [patient] = isUuid(patientId) ? await this.ctx.db.select().from(patients).where(eq(patients.id, patientId)) : [];
    if (!patient) throw notFound("Patient", input.patientId);
    if (patient.category !== "HEALTH_TOURIST" && patient.category !== "FOREIGN_PROGRAM") {
      return {
        value: null,
        userErrors: [
          userError(
            ["input", "patientId"],
            "NOT_FOREIGN_PATIENT",
            "Cases are for health tourists and the foreign patients' programme.",
            "HT-7",
          ),
        ],
      };
    }
    const now = this.ctx.clock.now();
    return inTransaction(this.ctx, async (t) => {
      const { tx } = t;
      const claim = await claimIfKeyed<{ caseId: string }>(
        tx,
        { clientId: this.ctx.principal.clientId, now },
        "openHealthTourismCase",
        input,
      );
      if (claim?.replayed) return (await tx.select().from(healthTourismCases).where(eq(healthTourismCases.id, claim.result.caseId)))[0];
      const [row] = await tx
        .insert(healthTourismCases)
        .values({
          patientId,
          programme: patient.category === "FOREIGN_PROGRAM" ? "FOREIGN_PROGRAM" : "HEALTH_TOURISM",
          channel: input.channel,
          accommodationRequested: input.accommodationRequested,
          transferRequested: input.transferRequested,
          createdAt: now,
          updatedAt: now,
        })
        .returning();
      await recordCreation(t, healthTourismCaseWorkflow, {
        row,
        action: "open",
        note: input.comment ?? null,
        details: { documentIds: [] },
        event: (opened) => caseEvent(opened, null, "open"),
      });
      await recordAccess(tx, t, [{ patientId, action: "healthTourism.open", basis: "NATIONAL_SCOPE" }]);
      await claim?.complete({ caseId: row.id });
      return row;
    });
  }

  async get(globalId: string): Promise<HtCaseRow> {
    const row = await findByGlobalId(this.ctx.db, healthTourismCases, "HealthTourismCase", globalId);
    authorise(this.ctx.principal, "health-tourism-case:read", { facilityId: row.facilityId });
    return row;
  }

  /** The unit's and auditors' cases, or those forwarded to the caller's facility, oldest first. */
  async list(args: PageArgs): Promise<Page<HtCaseRow>> {
    authorise(this.ctx.principal, "health-tourism-case:list");
    const { principal } = this.ctx;
    const facility = principal.scope.kind === "FACILITY" ? principal.scope.facilityId : null;
    return tablePage(this.ctx.db, healthTourismCases, {
      where: facility ? eq(healthTourismCases.facilityId, facility) : undefined,
      orderBy: [healthTourismCases.createdAt, healthTourismCases.id],
      keyOf: (row) => [row.createdAt.toISOString(), row.id],
      args,
    });
  }

  /** HT-8: a case's transitions, batched across the cases of a request. */
  history(caseId: string) {
    return this.ctx.loaders.healthTourismCaseHistory.load(caseId) as Promise<HtHistoryRow[]>;
  }

  /** A case's documents without their content, batched across the cases of a request. */
  documents(caseId: string) {
    return this.ctx.loaders.documentsByHealthTourismCaseId.load(caseId);
  }

  /** The request's batched reads of a case it has just changed are read afresh. */
  private forget(caseId: string) {
    this.ctx.loaders.healthTourismCaseHistory.clear(caseId);
    this.ctx.loaders.documentsByHealthTourismCaseId.clear(caseId);
  }

  /** HT-1..8: one step of the case; dryRun checks it and writes nothing. */
  async move(input: HtMove): Promise<MutationResult<HtCaseRow> & { wouldBecome?: HtStatus }> {
    const current = await this.get(input.id);
    if (current.version !== input.expectedVersion) throw staleVersion("HealthTourismCase", input.expectedVersion, current.version);
    const next = checkMove(healthTourismCaseWorkflow, current.status, input.action);
    if ("error" in next) return { value: null, userErrors: [next.error] };
    authorise(this.ctx.principal, "health-tourism-case:move", { action: input.action, facilityId: current.facilityId });
    const uploads = (input.documents ?? []).map((d) => ({ ...d, content: Buffer.from(d.contentBase64, "base64") }));
    const [patient] = await this.ctx.db.select().from(patients).where(eq(patients.id, current.patientId));
    const stored = await this.documents(current.id);
    const facilityId =
      input.facilityId && input.action === "forward"
        ? localIdOf(input.facilityId, "Facility", ["input", "facilityId"])
        : current.facilityId;
    const facility = facilityId ? await this.ctx.loaders.facilityById.load(facilityId) : null;
    const logistics = {
      accommodationRequested: current.accommodationRequested,
      transferRequested: current.transferRequested,
      accommodationArranged: input.accommodationArranged ?? current.accommodationArranged,
      transferArranged: input.transferArranged ?? current.transferArranged,
    };
    const errors = checkHtStep({
      action: input.action,
      now: this.ctx.clock.now(),
      facilityGiven: Boolean(input.facilityId),
      uploadSizes: uploads.map((d) => d.content.length),
      maxDocumentBytes: maxDocumentBytes(),
      documentKinds: [...stored.map((d) => d.kind), ...uploads.map((d) => d.kind)],
      facility,
      appointmentAt: input.appointmentAt,
      cost: input.cost,
      logistics,
      programme: current.programme,
      greetedBy: input.greetedBy,
      preferredLanguage: patient.preferredLanguage,
      interpreter:
        input.interpreter ??
        (current.interpreterLanguage ? { name: current.interpreterName ?? "", language: current.interpreterLanguage } : null),
      guideName: input.guideName ?? current.guideName,
      reason: input.reason,
    });
    if (errors.length) return { value: null, userErrors: errors };
    if (input.dryRun) return { value: current, userErrors: [], wouldBecome: next.to };
    const now = this.ctx.clock.now();
    return inTransaction(this.ctx, async (t) => {
      const { tx } = t;
      const documentIds: string[] = [];
      for (const upload of uploads) {
        const [doc] = await tx
          .insert(htDocuments)
          .values({
            caseId: current.id,
            kind: upload.kind,
            name: upload.name,
            mediaType: upload.mediaType,
            size: upload.content.length,
            sha256: createHash("sha256").update(upload.content).digest("hex"),
            content: upload.content,
            uploadedByClientId: this.ctx.principal.clientId,
            uploadedAt: now,
          })
          .returning({ id: htDocuments.id });
        documentIds.push(doc.id);
      }
      const updated = await transition(t, healthTourismCaseWorkflow, {
        row: current,
        expectedVersion: input.expectedVersion,
        action: input.action,
        changes: {
          facilityId,
          ...logistics,
          ...(input.appointmentAt && { appointmentAt: input.appointmentAt }),
          ...(input.cost && { costAmountMinor: input.cost.amountMinor, costCurrency: input.cost.currency }),
          ...(input.greetedBy && { greetedBy: input.greetedBy }),
          ...(input.interpreter && { interpreterName: input.interpreter.name, interpreterLanguage: input.interpreter.language }),
          ...(input.guideName && { guideName: input.guideName }),
          ...(input.action === "cancel" && { cancelReason: input.reason }),
        },
        note: input.comment ?? input.reason ?? null,
        details: { documentIds },
        event: (moved) => caseEvent(moved, current.status, input.action),
      });
      await this.syncCareLink(tx, updated, now);
      this.forget(current.id);
      return updated;
    });
  }

  /** PAT-3: the facility may read the patient from forwarding until the case ends (completed, cancelled or declined). */
  private async syncCareLink(tx: Transaction, row: HtCaseRow, now: Date) {
    if (row.status === "FORWARDED_TO_FACILITY" && row.facilityId) {
      await openCareLink(
        tx,
        { patientId: row.patientId, facilityId: row.facilityId, source: "HEALTH_TOURISM_CASE", sourceId: row.id },
        now,
      );
    }
    if (row.status === "COMPLETED" || row.status === "CANCELLED" || row.status === "DECLINED")
      await endCareLinks(tx, { source: "HEALTH_TOURISM_CASE", sourceIds: [row.id] }, now);
  }
}

/** A case's step as an event for the unit and, once forwarded, the facility (PAT-3 keeps personal data out). */
function caseEvent(row: HtCaseRow, fromStatus: HtStatus | null, action: string): NewEvent {
  return {
    type: statusEvent("healthTourismCase", row.status),
    subject: { kind: "healthTourismCase", id: row.id },
    data: {
      action,
      fromStatus,
      toStatus: row.status,
      version: row.version,
      programme: row.programme,
      facilityId: row.facilityId ? toGlobalId("Facility", row.facilityId) : null,
    },
    audience: audienceOf("health-tourism-case:read", { facilityId: row.facilityId }),
  };
}
