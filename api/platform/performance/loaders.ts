import DataLoader from "dataloader";
import { and, inArray, isNull, sql } from "drizzle-orm";
import type { Database } from "../../../drizzle/database.js";
import {
  appointmentHistory,
  approvalHistory,
  bedSearchLevels,
  monthlySubmissionHistory,
  reimbursementClaimHistory,
  domainEvents,
  kzAttachmentRequestHistory,
  webhookAttempts,
  facilities,
  facilityBeds,
  facilityClinics,
  patientCareLinks,
  patientIdentifiers,
  physicians,
  referralHistory,
  referrals,
  slots,
  htDocuments,
  htHistory,
  staffAccounts,
} from "../../../drizzle/schema/index.js";
import type {
  BedSearchLevelRow,
  FacilityBedRow,
  FacilityRow,
  HtDocumentMeta,
  HtHistoryRow,
  PatientIdentifierRow,
  PhysicianRow,
  ReferralHistoryRow,
  ReferralRow,
  SlotRow,
} from "../../../drizzle/schema/index.js";
import type { DomainEventRow, WebhookAttemptRow } from "../../../drizzle/schema/index.js";
import type { HistoryRow, HistoryTable } from "../../../drizzle/schema/history.js";
import type { ActiveCareLink } from "../../auth/policy.js";
import { groupBy } from "../conventions/collections.js";
import { isUuid } from "../conventions/global-id.js";

/** Who a record names as the person behind a client. */
export interface StaffPersonRow {
  id: string;
  username: string;
  displayName: string;
}

/** `= any($1)` keeps one SQL text for every batch size, so PostgreSQL reuses the plan. */
export const anyOf = (column: unknown, ids: readonly string[]) => sql`${column} = any(${sql.param([...ids])}::uuid[])`;

function byKey<T>(ids: readonly string[], rows: T[], keyOf: (row: T) => string): (T | null)[] {
  const found = new Map(rows.map((row) => [keyOf(row), row]));
  return ids.map((id) => found.get(id) ?? null);
}

function grouped<T>(ids: readonly string[], rows: T[], keyOf: (row: T) => string): T[][] {
  const groups = groupBy(rows, keyOf);
  return ids.map((id) => groups.get(id) ?? []);
}

/** A workflow's history rows (api/platform/conventions/workflow.ts) by entity id, oldest first. */
export const historyLoader = (db: Database, table: HistoryTable) =>
  new DataLoader<string, HistoryRow[]>(async (ids) =>
    grouped(ids, await db.select().from(table).where(anyOf(table.entityId, ids)).orderBy(table.id), (r) => r.entityId),
  );

/** One DataLoader per relation, fresh for every request: one statement per relation per request. */
export function createLoaders(db: Database) {
  return {
    appointmentHistory: historyLoader(db, appointmentHistory),
    approvalHistory: historyLoader(db, approvalHistory),
    eventBySeq: new DataLoader<number, DomainEventRow | null>(async (seqs) => {
      const rows = await db
        .select()
        .from(domainEvents)
        .where(inArray(domainEvents.seq, [...seqs]));
      const bySeq = new Map(rows.map((r) => [r.seq, r]));
      return seqs.map((seq) => bySeq.get(seq) ?? null);
    }),
    webhookAttemptsByDeliveryId: new DataLoader<string, WebhookAttemptRow[]>(async (ids) =>
      grouped(
        ids,
        await db.select().from(webhookAttempts).where(anyOf(webhookAttempts.deliveryId, ids)).orderBy(webhookAttempts.id),
        (r) => r.deliveryId,
      ),
    ),
    attachmentRequestHistory: historyLoader(db, kzAttachmentRequestHistory),
    reimbursementClaimHistory: historyLoader(db, reimbursementClaimHistory),
    monthlySubmissionHistory: historyLoader(db, monthlySubmissionHistory),
    facilityById: new DataLoader<string, FacilityRow | null>(async (ids) =>
      byKey(ids, await db.select().from(facilities).where(anyOf(facilities.id, ids)), (r) => r.id),
    ),
    clinicCodesByFacilityId: new DataLoader<string, string[]>(async (ids) => {
      const rows = await db
        .select()
        .from(facilityClinics)
        .where(anyOf(facilityClinics.facilityId, ids))
        .orderBy(facilityClinics.clinicCode);
      return grouped(ids, rows, (r) => r.facilityId).map((group) => group.map((r) => r.clinicCode));
    }),
    bedsByFacilityId: new DataLoader<string, FacilityBedRow[]>(async (ids) =>
      grouped(
        ids,
        await db.select().from(facilityBeds).where(anyOf(facilityBeds.facilityId, ids)).orderBy(facilityBeds.bedType),
        (r) => r.facilityId,
      ),
    ),
    /** A person's name for the records that name them (access log, histories, events); ids as stored (uuid text). */
    staffPersonById: new DataLoader<string, StaffPersonRow | null>(async (ids) =>
      byKey(
        ids,
        await db
          .select({ id: staffAccounts.id, username: staffAccounts.username, displayName: staffAccounts.displayName })
          .from(staffAccounts)
          .where(anyOf(staffAccounts.id, ids.filter(isUuid))),
        (r) => r.id,
      ),
    ),
    physicianById: new DataLoader<string, PhysicianRow | null>(async (ids) =>
      byKey(ids, await db.select().from(physicians).where(anyOf(physicians.id, ids)), (r) => r.id),
    ),
    slotById: new DataLoader<string, SlotRow | null>(async (ids) =>
      byKey(ids, await db.select().from(slots).where(anyOf(slots.id, ids)), (r) => r.id),
    ),
    identifiersByPatientId: new DataLoader<string, PatientIdentifierRow[]>(async (ids) =>
      grouped(
        ids,
        await db
          .select()
          .from(patientIdentifiers)
          .where(anyOf(patientIdentifiers.patientId, ids))
          .orderBy(patientIdentifiers.createdAt, patientIdentifiers.id),
        (r) => r.patientId,
      ),
    ),
    activeCareLinksByPatientId: new DataLoader<string, (ActiveCareLink & { patientId: string })[]>(async (ids) =>
      grouped(
        ids,
        await db
          .select({
            patientId: patientCareLinks.patientId,
            facilityId: patientCareLinks.facilityId,
            source: patientCareLinks.source,
            sourceId: patientCareLinks.sourceId,
          })
          .from(patientCareLinks)
          .where(and(anyOf(patientCareLinks.patientId, ids), isNull(patientCareLinks.endedAt))),
        (r) => r.patientId,
      ),
    ),
    referralById: new DataLoader<string, ReferralRow | null>(async (ids) =>
      byKey(ids, await db.select().from(referrals).where(anyOf(referrals.id, ids)), (r) => r.id),
    ),
    historyByReferralId: new DataLoader<string, ReferralHistoryRow[]>(async (ids) =>
      grouped(
        ids,
        await db.select().from(referralHistory).where(anyOf(referralHistory.referralId, ids)).orderBy(referralHistory.id),
        (r) => r.referralId,
      ),
    ),
    levelsByBedSearchId: new DataLoader<string, BedSearchLevelRow[]>(async (ids) =>
      grouped(
        ids,
        await db.select().from(bedSearchLevels).where(anyOf(bedSearchLevels.searchId, ids)).orderBy(bedSearchLevels.id),
        (r) => r.searchId,
      ),
    ),
    historyByHealthTourismCaseId: new DataLoader<string, HtHistoryRow[]>(async (ids) =>
      grouped(ids, await db.select().from(htHistory).where(anyOf(htHistory.caseId, ids)).orderBy(htHistory.id), (r) => r.caseId),
    ),
    /** A case's documents without their content (the schema serves their metadata; HT-8). */
    documentsByHealthTourismCaseId: new DataLoader<string, HtDocumentMeta[]>(async (ids) =>
      grouped(
        ids,
        await db
          .select({
            id: htDocuments.id,
            caseId: htDocuments.caseId,
            kind: htDocuments.kind,
            name: htDocuments.name,
            mediaType: htDocuments.mediaType,
            size: htDocuments.size,
            sha256: htDocuments.sha256,
            uploadedAt: htDocuments.uploadedAt,
          })
          .from(htDocuments)
          .where(anyOf(htDocuments.caseId, ids))
          .orderBy(htDocuments.uploadedAt, htDocuments.id),
        (r) => r.caseId,
      ),
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
