import { and, asc, eq, inArray, isNull, lte, sql } from "drizzle-orm";
import { Webhook } from "standardwebhooks";
import type { Database } from "../../drizzle/database.js";
import { apiClients, domainEvents, webhookAttempts, webhookDeliveries, webhookSubscriptions } from "../../drizzle/schema/index.js";
import type { DomainEventRow, WebhookDeliveryRow, WebhookSubscriptionRow } from "../../drizzle/schema/index.js";
import { principalOf } from "../auth/clients.js";
import { decideEventDelivery } from "../auth/policy.js";
import type { Principal } from "../auth/principal.js";
import { coversEventType } from "../events/catalogue.js";
import type { Clock } from "../platform/clock.js";
import { groupBy } from "../platform/collections.js";
import { postWebhook, type PostResult } from "./http-post.js";
import type { WebhookUrlPolicy } from "./url-policy.js";

export interface RetryPolicy {
  /** Attempts before a delivery is marked FAILED. */
  maxAttempts: number;
  /** Delay after the first failed attempt; doubled after each further one, up to `maxDelayMs`. */
  baseDelayMs: number;
  maxDelayMs: number;
}

export const defaultRetryPolicy: RetryPolicy = { maxAttempts: 10, baseDelayMs: 30_000, maxDelayMs: 3_600_000 };

/**
 * Exponential backoff with "equal jitter": half the exponential delay, plus a random part of the
 * other half, so receivers that failed together are not retried in lockstep.
 */
export function retryDelayMs(failedAttempts: number, policy: RetryPolicy, random: () => number = Math.random): number {
  const exponential = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (failedAttempts - 1));
  return Math.round(exponential / 2 + random() * (exponential / 2));
}

/** The JSON body every receiver gets (the SDK's `KoordinatEvent`). */
export function eventBody(event: DomainEventRow) {
  return {
    id: event.eventId,
    type: event.type,
    occurredAt: event.occurredAt.toISOString(),
    subject: { type: event.subjectType, id: event.subjectId },
    data: event.data,
  };
}

export interface WebhookWorkerOptions {
  db: Database;
  clock: Clock;
  urlPolicy: WebhookUrlPolicy;
  retry?: RetryPolicy;
  /** Events fanned out, and deliveries attempted, per round. */
  batchSize?: number;
  /** How long a claimed delivery is this worker's; another worker retries it after (a crashed worker's). */
  leaseMs?: number;
  timeoutMs?: number;
  random?: () => number;
}

/**
 * Delivers the outbox to webhook subscribers. Any number of workers (in the server, or separate
 * processes) may run against one PostgreSQL: every claim is `FOR UPDATE SKIP LOCKED`, so no
 * event is fanned out twice and no delivery is attempted by two workers at once.
 */
export class WebhookWorker {
  private readonly retry: RetryPolicy;
  private readonly batchSize: number;
  private readonly leaseMs: number;
  private readonly timeoutMs: number;
  private readonly random: () => number;

  constructor(private readonly options: WebhookWorkerOptions) {
    this.retry = options.retry ?? defaultRetryPolicy;
    this.batchSize = options.batchSize ?? 50;
    this.leaseMs = options.leaseMs ?? 60_000;
    this.timeoutMs = options.timeoutMs ?? 10_000;
    this.random = options.random ?? Math.random;
  }

  /** One round: fan out new events, then attempt the deliveries that are due. */
  async runOnce(): Promise<{ dispatched: number; attempted: number }> {
    let dispatched = 0;
    for (let n = await this.dispatchEvents(); n > 0; n = await this.dispatchEvents()) dispatched += n;
    return { dispatched, attempted: await this.deliverDue() };
  }

  /** Creates a delivery per matching subscription for a batch of undispatched events; returns how many events. */
  async dispatchEvents(): Promise<number> {
    const { db, clock } = this.options;
    return db.transaction(async (tx) => {
      const events = await tx
        .select({ seq: domainEvents.seq, type: domainEvents.type, audience: domainEvents.audience })
        .from(domainEvents)
        .where(isNull(domainEvents.dispatchedAt))
        .orderBy(asc(domainEvents.seq))
        .limit(this.batchSize)
        .for("update", { skipLocked: true });
      if (events.length === 0) return 0;
      const subscribers = await tx
        .select({ subscription: webhookSubscriptions, client: apiClients })
        .from(webhookSubscriptions)
        .innerJoin(apiClients, eq(apiClients.clientId, webhookSubscriptions.clientId))
        .where(and(eq(webhookSubscriptions.active, true), isNull(apiClients.disabledAt)));
      const principals = new Map<string, Principal>();
      for (const { client } of subscribers)
        if (!principals.has(client.clientId)) principals.set(client.clientId, await principalOf(tx, client));
      const now = clock.now();
      const deliveries = events.flatMap((event) =>
        subscribers
          .filter(
            ({ subscription, client }) =>
              subscription.eventTypes.some((pattern) => coversEventType(pattern, event.type)) &&
              decideEventDelivery(principals.get(client.clientId)!, event.audience).allowed,
          )
          .map(({ subscription }) => ({
            subscriptionId: subscription.id,
            eventSeq: event.seq,
            nextAttemptAt: now,
            createdAt: now,
            updatedAt: now,
          })),
      );
      if (deliveries.length) await tx.insert(webhookDeliveries).values(deliveries).onConflictDoNothing();
      await tx
        .update(domainEvents)
        .set({ dispatchedAt: now })
        .where(
          inArray(
            domainEvents.seq,
            events.map((e) => e.seq),
          ),
        );
      return events.length;
    });
  }

  /** Claims the due deliveries (a lease), posts them, and records each outcome; returns how many were attempted. */
  async deliverDue(): Promise<number> {
    const { db, clock } = this.options;
    const now = clock.now();
    const due = db
      .select({ id: webhookDeliveries.id })
      .from(webhookDeliveries)
      .where(and(eq(webhookDeliveries.status, "PENDING"), lte(webhookDeliveries.nextAttemptAt, now)))
      .orderBy(asc(webhookDeliveries.nextAttemptAt), asc(webhookDeliveries.eventSeq))
      .limit(this.batchSize)
      .for("update", { skipLocked: true });
    const claimed = await db
      .update(webhookDeliveries)
      .set({
        attempts: sql`${webhookDeliveries.attempts} + 1`,
        nextAttemptAt: new Date(now.getTime() + this.leaseMs),
        updatedAt: now,
      })
      .where(inArray(webhookDeliveries.id, due))
      .returning();
    if (claimed.length === 0) return 0;
    const rows = await db
      .select({ delivery: webhookDeliveries, event: domainEvents, subscription: webhookSubscriptions })
      .from(webhookDeliveries)
      .innerJoin(domainEvents, eq(domainEvents.seq, webhookDeliveries.eventSeq))
      .innerJoin(webhookSubscriptions, eq(webhookSubscriptions.id, webhookDeliveries.subscriptionId))
      .where(
        inArray(
          webhookDeliveries.id,
          claimed.map((c) => c.id),
        ),
      );
    // Receivers get their events in recording order: one at a time per subscription, subscriptions in parallel.
    const bySubscription = groupBy(
      rows.sort((a, b) => a.event.seq - b.event.seq),
      (row) => row.subscription.id,
    );
    await Promise.all(
      [...bySubscription.values()].map(async (queue) => {
        for (const row of queue) await this.attempt(row.delivery, row.event, row.subscription);
      }),
    );
    return rows.length;
  }

  private async attempt(delivery: WebhookDeliveryRow, event: DomainEventRow, subscription: WebhookSubscriptionRow) {
    const started = Date.now();
    const body = JSON.stringify(eventBody(event));
    const headers = signedHeaders(delivery, event, subscription.secret, body, new Date());
    const result: PostResult = subscription.active
      ? await postWebhook(subscription.url, headers, body, { policy: this.options.urlPolicy, timeoutMs: this.timeoutMs })
      : { statusCode: null, error: "the subscription is paused" };
    await this.record(delivery, result, Date.now() - started);
  }

  private async record(delivery: WebhookDeliveryRow, result: PostResult, durationMs: number) {
    const { db, clock } = this.options;
    const now = clock.now();
    const delivered = result.statusCode !== null && result.statusCode >= 200 && result.statusCode < 300;
    const exhausted = delivery.attempts >= this.retry.maxAttempts;
    await db.transaction(async (tx) => {
      await tx.insert(webhookAttempts).values({
        deliveryId: delivery.id,
        attempt: delivery.attempts,
        at: now,
        statusCode: result.statusCode,
        error: result.error ?? (delivered ? null : `HTTP ${result.statusCode}`),
        durationMs,
      });
      // Only the attempt that holds the claim settles it (a worker whose lease ran out does not).
      await tx
        .update(webhookDeliveries)
        .set(
          delivered
            ? { status: "DELIVERED", deliveredAt: now, updatedAt: now }
            : exhausted
              ? { status: "FAILED", updatedAt: now }
              : { nextAttemptAt: new Date(now.getTime() + retryDelayMs(delivery.attempts, this.retry, this.random)), updatedAt: now },
        )
        .where(and(eq(webhookDeliveries.id, delivery.id), eq(webhookDeliveries.attempts, delivery.attempts)));
    });
  }
}

/**
 * Standard Webhooks headers: `webhook-id` (the event id, the same on every retry: receivers
 * deduplicate on it), `webhook-timestamp` and `webhook-signature` (HMAC-SHA256 over
 * id.timestamp.body). The timestamp is the real time of sending, which the receiver's replay
 * window is measured against.
 */
export function signedHeaders(
  delivery: WebhookDeliveryRow,
  event: DomainEventRow,
  secret: string,
  body: string,
  sentAt: Date,
): Record<string, string> {
  return {
    "webhook-id": event.eventId,
    "webhook-timestamp": String(Math.floor(sentAt.getTime() / 1000)),
    "webhook-signature": new Webhook(secret).sign(event.eventId, sentAt, body),
    "koordinat-event-type": event.type,
    "koordinat-delivery-id": delivery.id,
    "koordinat-attempt": String(delivery.attempts),
    "user-agent": "Koordinat-Webhooks/1",
  };
}
