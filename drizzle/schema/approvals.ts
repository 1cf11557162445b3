import { sql } from "drizzle-orm";
import {
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { sortableTimestamps, version } from "./columns.js";
import { historyTable } from "./history.js";

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
  "EXTERNAL_REQUEST",
  "WORLD_BANK_ACTIVITY",
  "DATA_REQUEST",
  "GENERIC",
]);

export interface ApprovalStepDefinition {
  kind: (typeof approvalStepKind.enumValues)[number];
  /** The role that decides the step; PREPARER for the preparing unit's own tasks. */
  role: string;
  labelTr: string;
  labelEn: string;
  /** A Department Head step of another department than the chain's (APR-6); absent = the chain's own department. */
  department?: string;
}

/** APR-7: when a report is due: the last day of its period (a month or a year), optionally the window before it. */
export interface ApprovalDuePolicy {
  period: "MONTH" | "YEAR";
  /** Days before the due day from which the report is asked for (the monthly report: the month's last week). */
  windowDays: number;
}

/** APR-6: the ministry's departments (Daire Başkanlıkları) whose chains their own Department Head decides. */
export const approvalDepartments = pgTable("approval_departments", {
  code: text().primaryKey(),
  nameTr: text().notNull(),
  nameEn: text().notNull(),
});

/** APR-6: which Department Head client heads which department (an acting head may head several). */
export const departmentHeads = pgTable(
  "department_heads",
  {
    clientId: text().notNull(),
    departmentCode: text()
      .notNull()
      .references(() => approvalDepartments.code, { onDelete: "restrict" }),
    assignedByClientId: text().notNull(),
    assignedAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ name: "department_heads_pkey", columns: [t.clientId, t.departmentCode] })],
);

/** APR-1 / APR-8: chain templates are data, versioned; a running chain keeps the version it started on. */
export const approvalTemplates = pgTable(
  "approval_templates",
  {
    code: text().notNull(),
    /** 1 for the first; each revision adds one. */
    templateVersion: integer().notNull().default(1),
    nameTr: text().notNull(),
    nameEn: text().notNull(),
    subjectKind: approvalSubjectKind().notNull(),
    /** The department whose Department Head decides the chain's Department Head steps (APR-6). */
    departmentCode: text()
      .notNull()
      .references(() => approvalDepartments.code, { onDelete: "restrict" }),
    steps: jsonb().$type<ApprovalStepDefinition[]>().notNull(),
    duePolicy: jsonb().$type<ApprovalDuePolicy>(),
    createdByClientId: text().notNull().default("seed"),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** A newer version replaced it: new chains take the newer one, running chains keep this one. */
    supersededAt: timestamp({ withTimezone: true }),
    /** Retired: no new chains; running chains finish on their version. */
    retiredAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    primaryKey({ name: "approval_templates_pkey", columns: [t.code, t.templateVersion] }),
    // One current (neither superseded nor retired) version per code.
    uniqueIndex("approval_templates_one_current")
      .on(t.code)
      .where(sql`${t.supersededAt} is null and ${t.retiredAt} is null`),
  ],
);

export const approvals = pgTable(
  "approvals",
  {
    id: uuid().primaryKey().defaultRandom(),
    templateCode: text().notNull(),
    templateVersion: integer().notNull().default(1),
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
    /** APR-7: the day a report is due (Europe/Istanbul); null where the template sets no due day. */
    dueOn: date({ mode: "string" }),
    ...version,
    ...sortableTimestamps,
  },
  (t) => [
    index("approvals_status_idx").on(t.status, t.templateCode, t.createdAt),
    foreignKey({
      name: "approvals_template_fk",
      columns: [t.templateCode, t.templateVersion],
      foreignColumns: [approvalTemplates.code, approvalTemplates.templateVersion],
    }).onDelete("restrict"),
  ],
);

/**
 * APR-3: the approval's history by the workflow convention (`<entity>_history`, append-only): every submission and
 * decision, with the step it decided (index, kind, when it became current), the revision, and the subject as
 * submitted. `note` is the decision's comment; `actor_role` the role that decided.
 */
export const approvalHistory = historyTable("approval_history", () => approvals.id, approvalStatus, {
  revision: integer().notNull(),
  /** The step decided; null for the preparer's SUBMIT and RESUBMIT. */
  stepIndex: integer(),
  stepKind: approvalStepKind(),
  decision: approvalDecisionKind().notNull(),
  stepStartedAt: timestamp({ withTimezone: true }).notNull(),
  subjectSnapshot: jsonb().$type<Record<string, unknown>>(),
});

export type ApprovalHistoryRow = typeof approvalHistory.$inferSelect;
export type ApprovalTemplateRow = typeof approvalTemplates.$inferSelect;
export type ApprovalDepartmentRow = typeof approvalDepartments.$inferSelect;
export type ApprovalRow = typeof approvals.$inferSelect;
export type ApprovalDecisionKind = (typeof approvalDecisionKind.enumValues)[number];
export type ApprovalStatus = (typeof approvalStatus.enumValues)[number];
export type ApprovalSubjectKind = (typeof approvalSubjectKind.enumValues)[number];
