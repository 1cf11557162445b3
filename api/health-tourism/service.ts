import { createHash } from "node:crypto";
import { and, asc, eq, sql } from "drizzle-orm";
import type { Transaction } from "../../drizzle/database.js";
import { healthTourismCases, htDocuments, htHistory, patients } from "../../drizzle/schema/index.js";
import { endCareLinks, openCareLink } from "../patients/care-links.js";
import type { HtCaseRow, HtDocumentKind, HtStatus } from "../../drizzle/schema/index.js";
import { recordAccess } from "../audit/access-log.js";
import { authorise } from "../auth/authorise.js";
import { actorOf } from "../auth/principal.js";
import { decideFacilityOperation, healthTourismAudience, type AccessDecision } from "../auth/policy.js";
import { statusEvent } from "../events/catalogue.js";
import { recordEvent, type NewEvent } from "../events/outbox.js";
import { notFound, userError } from "../platform/conventions/errors.js";
import { isUuid, localIdOf, toGlobalId } from "../platform/conventions/global-id.js";
import { currentVersionOf, inTransaction, staleVersion, type MutationResult } from "../platform/conventions/mutation.js";
import { findByGlobalId } from "../platform/conventions/lookup.js";
import type { ServiceContext } from "../platform/conventions/service-context.js";
import { nextStateOf } from "../platform/conventions/state-machine.js";
import { screamingCase } from "../platform/conventions/enum-names.js";
import { checkHtStep, facilityActions, htTransitions, type HtAction } from "./rules.js";

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
  }): Promise<MutationResult<HtCaseRow>> {
    authorise(this.unitOnly(), "open health-tourism cases");
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
    return inTransaction(this.ctx.db, async (tx) => {
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
      await tx.insert(htHistory).values({
        caseId: row.id,
        fromStatus: null,
        toStatus: "INQUIRY_RECEIVED",
        action: "open",
        ...actorOf(this.ctx.principal),
        comment: input.comment ?? null,
        documentIds: [],
        at: now,
      });
      await recordEvent(tx, this.ctx, caseEvent(row, null, "open"));
      await recordAccess(tx, this.ctx, [{ patientId, action: "healthTourism.open", basis: "NATIONAL_SCOPE" }]);
      return row;
    });
  }

  async get(globalId: string): Promise<HtCaseRow> {
    const row = await findByGlobalId(this.ctx.db, healthTourismCases, "HealthTourismCase", globalId);
    authorise(this.decideRead(row), "read this case");
    return row;
  }

  async list(): Promise<HtCaseRow[]> {
    const { principal } = this.ctx;
    const facility = principal.scope.kind === "FACILITY" ? principal.scope.facilityId : null;
    if (!facility && principal.role !== "COORDINATION_UNIT" && principal.role !== "AUDITOR")
      authorise({ allowed: false, reason: "health-tourism cases are the unit's and the facilities' work", rule: null }, "list cases");
    return this.ctx.db
      .select()
      .from(healthTourismCases)
      .where(facility ? eq(healthTourismCases.facilityId, facility) : undefined)
      .orderBy(asc(healthTourismCases.createdAt));
  }

  history(caseId: string) {
    return this.ctx.db.select().from(htHistory).where(eq(htHistory.caseId, caseId)).orderBy(asc(htHistory.id));
  }

  documents(caseId: string) {
    return this.ctx.db
      .select({
        id: htDocuments.id,
        kind: htDocuments.kind,
        name: htDocuments.name,
        mediaType: htDocuments.mediaType,
        size: htDocuments.size,
        sha256: htDocuments.sha256,
        uploadedAt: htDocuments.uploadedAt,
      })
      .from(htDocuments)
      .where(eq(htDocuments.caseId, caseId))
      .orderBy(asc(htDocuments.uploadedAt));
  }

  /** HT-1..8: one step of the case; dryRun checks it and writes nothing. */
  async move(input: HtMove): Promise<MutationResult<HtCaseRow> & { wouldBecome?: HtStatus }> {
    const current = await this.get(input.id);
    if (current.version !== input.expectedVersion) throw staleVersion("HealthTourismCase", input.expectedVersion, current.version);
    const next = nextStateOf(htTransitions, current.status, input.action, "HT-2", screamingCase);
    if ("error" in next) return { value: null, userErrors: [next.error] };
    authorise(facilityActions.has(input.action) ? this.facilityOnly(current) : this.unitOnly(), `${input.action} this case`);
    const uploads = (input.documents ?? []).map((d) => ({ ...d, content: Buffer.from(d.contentBase64, "base64") }));
    const tooBig = uploads.findIndex((d) => d.content.length > maxDocumentBytes());
    if (tooBig >= 0)
      return {
        value: null,
        userErrors: [
          userError(["input", "documents", String(tooBig)], "TOO_LARGE", `A document is at most ${maxDocumentBytes()} bytes.`, "HT-8"),
        ],
      };
    const [patient] = await this.ctx.db.select().from(patients).where(eq(patients.id, current.patientId));
    const stored = await this.documents(current.id);
    if (input.facilityId && input.action !== "forward") {
      return {
        value: null,
        userErrors: [userError(["input", "facilityId"], "ONLY_ON_FORWARD", "The facility is chosen when the case is forwarded.", "HT-3")],
      };
    }
    const facilityId = input.facilityId ? localIdOf(input.facilityId, "Facility", ["input", "facilityId"]) : current.facilityId;
    const facility = facilityId ? await this.ctx.loaders.facilityById.load(facilityId) : null;
    const logistics = {
      accommodationRequested: current.accommodationRequested,
      transferRequested: current.transferRequested,
      accommodationArranged: input.accommodationArranged ?? current.accommodationArranged,
      transferArranged: input.transferArranged ?? current.transferArranged,
    };
    const history = await this.history(current.id);
    const errors = checkHtStep({
      action: input.action,
      now: this.ctx.clock.now(),
      accepted: history.some((h) => h.toStatus === "ACCEPTED"),
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
    return inTransaction(this.ctx.db, async (tx) => {
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
      const [updated] = await tx
        .update(healthTourismCases)
        .set({
          status: next.to,
          facilityId,
          ...logistics,
          ...(input.appointmentAt && { appointmentAt: input.appointmentAt }),
          ...(input.cost && { costAmountMinor: input.cost.amountMinor, costCurrency: input.cost.currency }),
          ...(input.greetedBy && { greetedBy: input.greetedBy }),
          ...(input.interpreter && { interpreterName: input.interpreter.name, interpreterLanguage: input.interpreter.language }),
          ...(input.guideName && { guideName: input.guideName }),
          ...(input.action === "cancel" && { cancelReason: input.reason }),
          version: sql`${healthTourismCases.version} + 1`,
          updatedAt: now,
        })
        .where(and(eq(healthTourismCases.id, current.id), eq(healthTourismCases.version, current.version)))
        .returning();
      if (!updated) throw staleVersion("HealthTourismCase", current.version, await currentVersionOf(tx, healthTourismCases, current.id));
      await tx.insert(htHistory).values({
        caseId: current.id,
        fromStatus: current.status,
        toStatus: next.to,
        action: input.action,
        ...actorOf(this.ctx.principal),
        comment: input.comment ?? input.reason ?? null,
        documentIds,
        at: now,
      });
      await recordEvent(tx, this.ctx, caseEvent(updated, current.status, input.action));
      await this.syncCareLink(tx, updated, now);
      return updated;
    });
  }

  /** PAT-3: the facility may read the patient from forwarding until the case ends. */
  private async syncCareLink(tx: Transaction, row: HtCaseRow, now: Date) {
    if (row.status === "FORWARDED_TO_FACILITY" && row.facilityId) {
      await openCareLink(
        tx,
        { patientId: row.patientId, facilityId: row.facilityId, source: "HEALTH_TOURISM_CASE", sourceId: row.id },
        now,
      );
    }
    if (
      row.status === "COMPLETED" ||
      row.status === "CANCELLED" ||
      (row.status === "FACILITY_NOTIFIED" && !(await this.wasAccepted(tx, row.id)))
    ) {
      await endCareLinks(tx, { source: "HEALTH_TOURISM_CASE", sourceIds: [row.id] }, now);
    }
  }

  private async wasAccepted(tx: Transaction, caseId: string) {
    const rows = await tx
      .select({ id: htHistory.id })
      .from(htHistory)
      .where(and(eq(htHistory.caseId, caseId), eq(htHistory.toStatus, "ACCEPTED")));
    return rows.length > 0;
  }

  private unitOnly(): AccessDecision {
    return this.ctx.principal.role === "COORDINATION_UNIT"
      ? { allowed: true, basis: "NATIONAL_SCOPE" }
      : { allowed: false, reason: "the coordination unit takes this step", rule: "HT-1" };
  }

  private facilityOnly(row: HtCaseRow): AccessDecision {
    return row.facilityId
      ? decideFacilityOperation(this.ctx.principal, row.facilityId, "act on health-tourism cases")
      : { allowed: false, reason: "no facility yet", rule: "HT-3" };
  }

  private decideRead(row: HtCaseRow): AccessDecision {
    const { principal } = this.ctx;
    if (principal.role === "COORDINATION_UNIT" || principal.role === "AUDITOR") return { allowed: true, basis: "NATIONAL_SCOPE" };
    return row.facilityId && principal.scope.kind === "FACILITY" && principal.scope.facilityId === row.facilityId
      ? { allowed: true, basis: "CASE_FACILITY" }
      : { allowed: false, reason: "a facility reads only the cases forwarded to it", rule: "PAT-3" };
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
    audience: healthTourismAudience(row.facilityId),
  };
}
