import { sql } from "drizzle-orm";
import { bigint, boolean, index, integer, jsonb, pgEnum, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { sortKeyInstant, version } from "./columns.js";

/**
 * Partitioned by month on `occurred_at` (migration 0027; drizzle cannot say so): the primary key and the unique
 * event id hold `occurred_at` too in the database.
 *
 * The transactional outbox: one row per workflow transition, written in the transaction of the
 * change. `audience` holds the keys of who may see the subject at the time of the change
 * (`ROLE` or `ROLE@scope`, see api/auth/policy.ts); `dispatchedAt` is set once the delivery
 * worker has fanned the event out to the matching webhook subscriptions.
 */
export const domainEvents = pgTable(
  "domain_events",
  {
    /** Commit-independent order of recording; the public id is `eventId`. */
    seq: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    eventId: uuid().notNull().defaultRandom().unique("domain_events_event_id_key"),
    type: text().notNull(),
    subjectType: text().notNull(),
    subjectId: text().notNull(),
    data: jsonb().$type<Record<string, unknown>>().notNull(),
    audience: text().array().notNull(),
    actorClientId: text(),
    /** The staff account (staff_accounts.id) of the person who made the change, when a person signed in. */
    actorPersonId: text(),
    occurredAt: timestamp({ withTimezone: true }).notNull(),
    dispatchedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index("domain_events_undispatched_idx")
      .on(t.seq)
      .where(sql`${t.dispatchedAt} is null`),
    index("domain_events_subject_idx").on(t.subjectType, t.subjectId, t.seq),
  ],
);

/** A client's webhook: where to POST which event types, signed with its secret. */
export const webhookSubscriptions = pgTable(
  "webhook_subscriptions",
  {
    id: uuid().primaryKey().defaultRandom(),
    clientId: text().notNull(),
    url: text().notNull(),
    /** Exact types (`referral.accepted`) or a subject's every type (`referral.*`). */
    eventTypes: text().array().notNull(),
    /** Standard Webhooks secret (`whsec_` + base64); kept as is because signing needs it. */
    secret: text().notNull(),
    active: boolean().notNull().default(true),
    description: text(),
    createdAt: sortKeyInstant().notNull(),
    updatedAt: timestamp({ withTimezone: true }).notNull(),
    ...version,
  },
  (t) => [index("webhook_subscriptions_client_idx").on(t.clientId, t.createdAt)],
);

export const webhookDeliveryStatus = pgEnum("webhook_delivery_status", ["PENDING", "DELIVERED", "FAILED"]);

/**
 * One event for one subscription; retried with backoff until delivered or out of attempts. Partitioned by month on
 * `created_at` (migration 0027): its keys hold `created_at` too in the database.
 */
export const webhookDeliveries = pgTable(
  "webhook_deliveries",
  {
    id: uuid().primaryKey().defaultRandom(),
    subscriptionId: uuid()
      .notNull()
      .references(() => webhookSubscriptions.id, { onDelete: "cascade" }),
    /**
     * The event (`domain_events.seq`). No foreign key: the outbox is partitioned by month (migration 0027), and a key
     * into it would need its partition column; retention drops deliveries (90 days) long before their events (13 months).
     */
    eventSeq: bigint({ mode: "number" }).notNull(),
    status: webhookDeliveryStatus().notNull().default("PENDING"),
    attempts: integer().notNull().default(0),
    /** When a PENDING delivery is next due (the application's clock: retries back off from it). */
    nextAttemptAt: timestamp({ withTimezone: true }).notNull(),
    /**
     * While a worker attempts it, the end of that worker's claim (the database's clock, the same for
     * every worker), to the millisecond: the claim's identity, checked before each POST and on recording.
     */
    leasedUntil: timestamp({ withTimezone: true }),
    deliveredAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull(),
    updatedAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [
    unique("webhook_deliveries_subscription_event_key").on(t.subscriptionId, t.eventSeq),
    index("webhook_deliveries_due_idx")
      .on(t.nextAttemptAt)
      .where(sql`${t.status} = 'PENDING'`),
    index("webhook_deliveries_subscription_idx").on(t.subscriptionId, t.createdAt),
  ],
);

/** Every HTTP attempt of a delivery, for the delivery log. Partitioned by month on `at` (migration 0027). */
export const webhookAttempts = pgTable(
  "webhook_attempts",
  {
    id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    /** The delivery. No foreign key (deliveries are partitioned by month): a trigger deletes a delivery's attempts with it. */
    deliveryId: uuid().notNull(),
    attempt: integer().notNull(),
    at: timestamp({ withTimezone: true }).notNull(),
    /** The receiver's HTTP status; null when no response came (refused, timed out, blocked address). */
    statusCode: integer(),
    error: text(),
    durationMs: integer().notNull(),
  },
  (t) => [index("webhook_attempts_delivery_idx").on(t.deliveryId, t.id)],
);

export type DomainEventRow = typeof domainEvents.$inferSelect;
export type WebhookSubscriptionRow = typeof webhookSubscriptions.$inferSelect;
export type WebhookDeliveryRow = typeof webhookDeliveries.$inferSelect;
export type WebhookAttemptRow = typeof webhookAttempts.$inferSelect;
export type WebhookDeliveryStatus = (typeof webhookDeliveryStatus.enumValues)[number];
