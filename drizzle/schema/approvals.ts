import { sql } from "drizzle-orm";
import { bigint, index, integer, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { timestamps, version } from "./columns.js";

export const approvalStepKind = pgEnum("approval_step_kind", [
  "REVIEW",
  "APPROVAL",
  "SIGNATURE",
  "PREPARATION",
  "EXTERNAL",
  "NOTIFICATION",
]);
export const approvalStatus = pgEnum("approval_status", ["IN_PROGRESS", "RETURNED", "APPROVED", "REJECTED"]);
export const approvalDecisionKind = pgEnum("approval_decision", ["SUBMIT", "RESUBMIT", "APPROVE", "SIGN", "COMPLETE", "REJECT", "RETURN"]);
export const approvalSubjectKind = pgEnum("approval_subject_kind", [
  "ACTIVITY_REPORT",
  "STRATEGIC_PLAN",
  "INTERNAL_CONTROL_REPORT",
  "ACTION_PLAN",
  "PUBLICATION",
  "TRAINER_TRAINING",
  "OVERSEAS_DEPLOYMENT",
  "INFORMATION_REQUEST",
  "PETITION",
]);

export interface ApprovalStepDefinition {
  kind: (typeof approvalStepKind.enumValues)[number];
  /** The role that decides the step; PREPARER for the preparing unit's own tasks. */
  role: string;
  labelTr: string;
  labelEn: string;
}

/** APR-1: chain templates are data. */
export const approvalTemplates = pgTable("approval_templates", {
  code: text().primaryKey(),
  nameTr: text().notNull(),
  nameEn: text().notNull(),
  subjectKind: approvalSubjectKind().notNull(),
  steps: jsonb().$type<ApprovalStepDefinition[]>().notNull(),
});

export const approvals = pgTable(
  "approvals",
  {
    id: uuid().primaryKey().defaultRandom(),
    templateCode: text()
      .notNull()
      .references(() => approvalTemplates.code, { onDelete: "restrict" }),
    title: text().notNull(),
    subject: jsonb().$type<Record<string, unknown>>().notNull(),
    preparerClientId: text().notNull(),
    preparerRole: text().notNull(),
    status: approvalStatus().notNull().default("IN_PROGRESS"),
    revision: integer().notNull().default(1),
    /** Index into the template's steps while IN_PROGRESS; null otherwise. */
    currentStep: integer(),
    currentStepStartedAt: timestamp({ withTimezone: true }),
    completedAt: timestamp({ withTimezone: true }),
    ...version,
    ...timestamps,
  },
  (t) => [index("approvals_status_idx").on(t.status, t.templateCode, t.createdAt)],
);

/** APR-3: every decision, immutable and append-only (a trigger refuses UPDATE and DELETE). */
export const approvalDecisions = pgTable(
  "approval_decisions",
  {
    id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    approvalId: uuid()
      .notNull()
      .references(() => approvals.id, { onDelete: "restrict" }),
    revision: integer().notNull(),
    /** The step decided; null for the preparer's SUBMIT and RESUBMIT. */
    stepIndex: integer(),
    stepKind: approvalStepKind(),
    role: text().notNull(),
    decision: approvalDecisionKind().notNull(),
    comment: text().notNull(),
    decidedByClientId: text().notNull(),
    stepStartedAt: timestamp({ withTimezone: true }).notNull(),
    decidedAt: timestamp({ withTimezone: true }).notNull(),
    subjectSnapshot: jsonb().$type<Record<string, unknown>>(),
  },
  (t) => [
    // APR-4: one decision per step and revision, whoever comes second.
    uniqueIndex("approval_decisions_one_per_step")
      .on(t.approvalId, t.revision, t.stepIndex)
      .where(sql`${t.stepIndex} is not null`),
    index("approval_decisions_approval_idx").on(t.approvalId, t.id),
  ],
);

export type ApprovalTemplateRow = typeof approvalTemplates.$inferSelect;
export type ApprovalRow = typeof approvals.$inferSelect;
export type ApprovalDecisionRow = typeof approvalDecisions.$inferSelect;
export type ApprovalDecisionKind = (typeof approvalDecisionKind.enumValues)[number];
export type ApprovalSubjectKind = (typeof approvalSubjectKind.enumValues)[number];
