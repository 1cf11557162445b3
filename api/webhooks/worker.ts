import { and, asc, count, eq, gt, inArray, isNull, lte, or, sql } from "drizzle-orm";
import { Webhook } from "standardwebhooks";
import type { Database, Executor } from "../../drizzle/database.js";
import { apiClients, domainEvents, webhookAttempts, webhookDeliveries, webhookSubscriptions } from "../../drizzle/schema/index.js";
import type { ApiClientRow, DomainEventRow, WebhookDeliveryRow, WebhookSubscriptionRow } from "../../drizzle/schema/index.js";
import type { Logger } from "pino";
import { ClientSetupError, principalOf } from "../auth/clients.js";
import { decideEventDelivery } from "../auth/policy.js";
import type { Principal } from "../auth/principal.js";
import { coversEventType } from "../events/catalogue.js";
import type { Clock } from "../platform/time/clock.js";
import { groupBy } from "../platform/conventions/collections.js";
import { postWebhook, type PostResult } from "./http-post.js";
import type { WebhookUrlPolicy } from "./url-policy.js";
import { literalLimit } from "../platform/conventions/pagination.js";

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
  /** Told each attempt's outcome (metrics): delivered, retry (to be tried again) or failed (no attempts left). */
  onAttempt?: (outcome: "delivered" | "retry" | "failed") => void;
  retry?: RetryPolicy;
  /** Events fanned out, and deliveries attempted, per round. */
  batchSize?: number;
  /**
   * How long a claimed delivery is this worker's; another worker retries it after (a crashed
   * worker's). By default as long as posting a whole batch could take, one POST after another.
   */
  leaseMs?: number;
  /** The deadline of one POST, response headers included. */
  timeoutMs?: number;
  /** Subscriptions posted to at once. */
  concurrency?: number;
  random?: () => number;
  /** Where a subscriber skipped for a broken scope is reported. */
  logger?: Pick<Logger, "warn">;
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
  private readonly concurrency: number;
  private readonly random: () => number;

  constructor(private readonly options: WebhookWorkerOptions) {
    this.retry = options.retry ?? defaultRetryPolicy;
    this.batchSize = options.batchSize ?? 50;
    this.timeoutMs = options.timeoutMs ?? 10_000;
    this.leaseMs = options.leaseMs ?? this.batchSize * this.timeoutMs + LEASE_GRACE_MS;
    this.concurrency = options.concurrency ?? 8;
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
        .limit(literalLimit(this.batchSize))
        .for("update", { skipLocked: true });
      if (events.length === 0) return 0;
      const subscribers = await tx
        .select({ subscription: webhookSubscriptions, client: apiClients })
        .from(webhookSubscriptions)
        .innerJoin(apiClients, eq(apiClients.clientId, webhookSubscriptions.clientId))
        .where(and(eq(webhookSubscriptions.active, true), isNull(apiClients.disabledAt)));
      const principals = new Map<string, Principal | null>();
      for (const { client } of subscribers)
        if (!principals.has(client.clientId)) principals.set(client.clientId, await this.principalOrNull(tx, client));
      const now = clock.now();
      const deliveries = events.flatMap((event) =>
        subscribers
          .filter(({ subscription, client }) => {
            const principal = principals.get(client.clientId);
            return (
              principal != null &&
              subscription.eventTypes.some((pattern) => coversEventType(pattern, event.type)) &&
              decideEventDelivery(principal, event.audience).allowed
            );
          })
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

  /** A subscriber whose scope no longer resolves (its facility or province is gone) gets nothing, and the others still do. */
  private async principalOrNull(tx: Executor, client: ApiClientRow): Promise<Principal | null> {
    try {
      return await principalOf(tx, client);
    } catch (error) {
      if (!(error instanceof ClientSetupError)) throw error;
      this.options.logger?.warn({ clientId: client.clientId, err: error }, "webhook subscriber skipped: its scope does not resolve");
      return null;
    }
  }

  /** Claims the due deliveries (a lease), posts them, and records each outcome; returns how many were attempted. */
  async deliverDue(): Promise<number> {
    const { db, clock } = this.options;
    const now = clock.now();
    const due = db
      .select({ id: webhookDeliveries.id })
      .from(webhookDeliveries)
      .where(
        and(
          eq(webhookDeliveries.status, "PENDING"),
          lte(webhookDeliveries.nextAttemptAt, now),
          // A paused subscription's, or a disabled client's, wait (PENDING) rather than burn their attempts.
          inArray(
            webhookDeliveries.subscriptionId,
            db
              .select({ id: webhookSubscriptions.id })
              .from(webhookSubscriptions)
              .innerJoin(apiClients, eq(apiClients.clientId, webhookSubscriptions.clientId))
              .where(and(eq(webhookSubscriptions.active, true), isNull(apiClients.disabledAt))),
          ),
          or(isNull(webhookDeliveries.leasedUntil), lte(webhookDeliveries.leasedUntil, sql`now()`)),
        ),
      )
      .orderBy(asc(webhookDeliveries.nextAttemptAt), asc(webhookDeliveries.eventSeq))
      .limit(literalLimit(this.batchSize))
      .for("update", { skipLocked: true });
    const claimed = await db
      .update(webhookDeliveries)
      .set({ attempts: sql`${webhookDeliveries.attempts} + 1`, leasedUntil: leaseEnd(this.leaseMs), updatedAt: now })
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
    // The claims as made (a redelivery may have changed the rows since).
    const claims = new Map(claimed.map((c) => [c.id, c]));
    // Receivers get their events in recording order: one at a time per subscription, up to
    // `concurrency` subscriptions at once (each POST ends by its deadline, so a slow receiver holds one lane).
    const queues = [
      ...groupBy(
        rows.sort((a, b) => a.event.seq - b.event.seq),
        (row) => row.subscription.id,
      ).values(),
    ];
    const lane = async () => {
      for (let queue = queues.shift(); queue; queue = queues.shift())
        for (const row of queue) await this.attempt(claims.get(row.delivery.id)!, row.event, row.subscription);
    };
    await Promise.all(Array.from({ length: Math.min(this.concurrency, queues.length) }, lane));
    return rows.length;
  }

  private async attempt(claim: WebhookDeliveryRow, event: DomainEventRow, subscription: WebhookSubscriptionRow) {
    // Still this worker's? Renewed to cover this POST; if another worker has taken it over, it is theirs to send.
    const [held] = await this.options.db
      .update(webhookDeliveries)
      .set({ leasedUntil: sql`greatest(${webhookDeliveries.leasedUntil}, ${leaseEnd(this.timeoutMs + LEASE_GRACE_MS)})` })
      .where(heldBy(claim))
      .returning();
    if (!held) return;
    const started = Date.now();
    const body = JSON.stringify(eventBody(event));
    const headers = signedHeaders(held, event, subscription.secret, body, new Date());
    const result = await postWebhook(subscription.url, headers, body, { policy: this.options.urlPolicy, timeoutMs: this.timeoutMs });
    await this.record(held, result, Date.now() - started);
  }

  private async record(claim: WebhookDeliveryRow, result: PostResult, durationMs: number) {
    const { db, clock } = this.options;
    const now = clock.now();
    const delivered = result.statusCode !== null && result.statusCode >= 200 && result.statusCode < 300;
    const exhausted = claim.attempts >= this.retry.maxAttempts;
    await db.transaction(async (tx) => {
      await tx.insert(webhookAttempts).values({
        deliveryId: claim.id,
        attempt: claim.attempts,
        at: now,
        statusCode: result.statusCode,
        error: result.error ?? (delivered ? null : `HTTP ${result.statusCode}`),
        durationMs,
      });
      // Only the attempt that holds the claim settles it (a worker whose lease ran out does not).
      await tx
        .update(webhookDeliveries)
        .set({
          leasedUntil: null,
          updatedAt: now,
          ...(delivered
            ? { status: "DELIVERED", deliveredAt: now }
            : exhausted
              ? { status: "FAILED" }
              : { nextAttemptAt: new Date(now.getTime() + retryDelayMs(claim.attempts, this.retry, this.random)) }),
        })
        .where(heldBy(claim));
    });
    this.options.onAttempt?.(delivered ? "delivered" : exhausted ? "failed" : "retry");
  }
}

/** The webhook queue and the outbox as the metrics read them at each scrape (both through partial indexes). */
export async function webhookQueueState(db: Database, clock: Clock): Promise<{ pendingDeliveries: number; outboxLagSeconds: number }> {
  const [pending] = await db.select({ count: count() }).from(webhookDeliveries).where(eq(webhookDeliveries.status, "PENDING"));
  const [oldest] = await db
    .select({ occurredAt: domainEvents.occurredAt })
    .from(domainEvents)
    .where(isNull(domainEvents.dispatchedAt))
    .orderBy(asc(domainEvents.seq))
    .limit(1);
  const lagMs = oldest ? clock.now().getTime() - oldest.occurredAt.getTime() : 0;
  return { pendingDeliveries: pending?.count ?? 0, outboxLagSeconds: Math.max(0, lagMs / 1000) };
}

/** Spare time on a claim renewed for one POST, for recording its outcome. */
const LEASE_GRACE_MS = 30_000;

/** The end of a lease of `ms` from the database's now, to the millisecond so that it round-trips exactly as the claim's identity. */
const leaseEnd = (ms: number) => sql`date_trunc('milliseconds', now() + ${ms}::int * interval '1 millisecond')`;

/**
 * The delivery is still the claim's: the attempt count and lease end it was claimed (or renewed)
 * with, not yet run out. Another worker's claim changes both; a redelivery resets the count.
 */
const heldBy = (claim: WebhookDeliveryRow) =>
  and(
    eq(webhookDeliveries.id, claim.id),
    eq(webhookDeliveries.status, "PENDING"),
    eq(webhookDeliveries.attempts, claim.attempts),
    eq(webhookDeliveries.leasedUntil, claim.leasedUntil!),
    gt(webhookDeliveries.leasedUntil, sql`now()`),
  );

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
