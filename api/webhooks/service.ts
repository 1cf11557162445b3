import { randomBytes } from "node:crypto";
import { and, eq, inArray, sql, type SQL } from "drizzle-orm";
import { apiClients, domainEvents, webhookDeliveries, webhookSubscriptions } from "../../drizzle/schema/index.js";
import type { ApiClientRow } from "../../drizzle/schema/index.js";
import { ClientSetupError, principalOf } from "../auth/clients.js";
import { authorise } from "../auth/authorise.js";
import { decideEventDelivery, type Audience } from "../auth/policy.js";
import type {
  DomainEventRow,
  WebhookAttemptRow,
  WebhookDeliveryRow,
  WebhookDeliveryStatus,
  WebhookSubscriptionRow,
} from "../../drizzle/schema/index.js";
import { allEventTypes, isKnownEventPattern } from "../events/catalogue.js";
import { notFound, userError, type UserError } from "../platform/conventions/errors.js";
import { isUuid, localIdOf } from "../platform/conventions/global-id.js";
import { idempotent, type Remembered } from "../platform/conventions/idempotency.js";
import { inTransaction, staleVersion, type MutationResult } from "../platform/conventions/mutation.js";
import { tablePage, type Page, type PageArgs } from "../platform/conventions/pagination.js";
import type { ServiceContext } from "../platform/conventions/service-context.js";
import { checkWebhookUrl } from "./url-policy.js";

/** A client keeps at most this many subscriptions (each is fanned out for every event). */
export const MAX_SUBSCRIPTIONS_PER_CLIENT = 20;

export interface WebhookSubscriptionInput {
  url: string;
  eventTypes: string[];
  description?: string | null;
  idempotencyKey?: string | null;
}

/** A client's own webhook subscriptions, their delivery log, and replays. */
export class WebhookService {
  constructor(private readonly ctx: ServiceContext) {}

  /** Every event type there is, for building subscriptions. */
  eventTypes(): string[] {
    return allEventTypes;
  }

  async create(input: WebhookSubscriptionInput): Promise<MutationResult<{ subscription: WebhookSubscriptionRow; secret: string }>> {
    authorise(this.ctx.principal, "webhook:create");
    const errors = this.check(input);
    const [{ n }] = await this.ctx.db
      .select({ n: sql<number>`count(*)::int` })
      .from(webhookSubscriptions)
      .where(eq(webhookSubscriptions.clientId, this.ctx.principal.clientId));
    if (n >= MAX_SUBSCRIPTIONS_PER_CLIENT)
      errors.push(userError(null, "TOO_MANY", `A client keeps at most ${MAX_SUBSCRIPTIONS_PER_CLIENT} webhook subscriptions.`));
    if (errors.length) return { value: null, userErrors: errors };
    // Standard Webhooks secrets: whsec_ and 32 random bytes in base64; shown once, here.
    const secret = `whsec_${randomBytes(32).toString("base64")}`;
    const now = this.ctx.clock.now();
    // A replay answers the subscription and its secret again, to the client that made it (the key is the client's).
    const remembered: Remembered<{ subscription: WebhookSubscriptionRow; secret: string }, { id: string }> = {
      remember: ({ subscription }) => ({ id: subscription.id }),
      replay: async (tx, { id }) => {
        const [subscription] = await tx.select().from(webhookSubscriptions).where(eq(webhookSubscriptions.id, id));
        return { subscription, secret: subscription.secret };
      },
    };
    return inTransaction(this.ctx, (t) =>
      idempotent(t, "createWebhookSubscription", input, remembered, async () => {
        const [subscription] = await t.tx
          .insert(webhookSubscriptions)
          .values({
            clientId: t.principal.clientId,
            url: input.url,
            eventTypes: [...new Set(input.eventTypes)],
            description: input.description ?? null,
            secret,
            createdAt: now,
            updatedAt: now,
          })
          .returning();
        return { subscription, secret };
      }),
    );
  }

  async update(input: {
    id: string;
    expectedVersion: number;
    url?: string | null;
    eventTypes?: string[] | null;
    description?: string | null;
    active?: boolean | null;
  }): Promise<MutationResult<WebhookSubscriptionRow>> {
    authorise(this.ctx.principal, "webhook:update");
    const current = await this.subscription(input.id);
    const errors = this.check({ url: input.url ?? current.url, eventTypes: input.eventTypes ?? current.eventTypes });
    if (errors.length) return { value: null, userErrors: errors };
    const [updated] = await this.ctx.db
      .update(webhookSubscriptions)
      .set({
        ...(input.url != null && { url: input.url }),
        ...(input.eventTypes != null && { eventTypes: [...new Set(input.eventTypes)] }),
        ...(input.description !== undefined && { description: input.description }),
        ...(input.active != null && { active: input.active }),
        version: sql`${webhookSubscriptions.version} + 1`,
        updatedAt: this.ctx.clock.now(),
      })
      .where(and(eq(webhookSubscriptions.id, current.id), eq(webhookSubscriptions.version, input.expectedVersion)))
      .returning();
    if (!updated) throw staleVersion("WebhookSubscription", input.expectedVersion, current.version);
    return { value: updated, userErrors: [] };
  }

  /** Removes a subscription with its delivery log; answers it as it was. */
  async delete(globalId: string): Promise<MutationResult<WebhookSubscriptionRow>> {
    authorise(this.ctx.principal, "webhook:delete");
    const current = await this.subscription(globalId);
    return inTransaction(this.ctx, async (t) => {
      await t.tx.delete(webhookSubscriptions).where(eq(webhookSubscriptions.id, current.id));
      return current;
    });
  }

  /** One of the caller's own subscriptions; another client's is NOT_FOUND (its existence is not told). */
  async subscription(globalId: string): Promise<WebhookSubscriptionRow> {
    const id = localIdOf(globalId, "WebhookSubscription");
    const [row] = isUuid(id)
      ? await this.ctx.db
          .select()
          .from(webhookSubscriptions)
          .where(and(eq(webhookSubscriptions.id, id), eq(webhookSubscriptions.clientId, this.ctx.principal.clientId)))
      : [];
    if (!row) throw notFound("WebhookSubscription", globalId);
    return row;
  }

  /** One delivery of the caller's own subscriptions (node); another client's is NOT_FOUND, as its subscriptions are. */
  async delivery(globalId: string): Promise<WebhookDeliveryRow> {
    const id = localIdOf(globalId, "WebhookDelivery");
    const [row] = isUuid(id)
      ? await this.ctx.db
          .select({ delivery: webhookDeliveries })
          .from(webhookDeliveries)
          .innerJoin(webhookSubscriptions, eq(webhookSubscriptions.id, webhookDeliveries.subscriptionId))
          .where(and(eq(webhookDeliveries.id, id), eq(webhookSubscriptions.clientId, this.ctx.principal.clientId)))
      : [];
    if (!row) throw notFound("WebhookDelivery", globalId);
    return row.delivery;
  }

  /** The caller's own subscriptions, oldest first (at most MAX_SUBSCRIPTIONS_PER_CLIENT, paged like every list). */
  subscriptions(args: PageArgs): Promise<Page<WebhookSubscriptionRow>> {
    return tablePage(this.ctx.db, webhookSubscriptions, {
      where: eq(webhookSubscriptions.clientId, this.ctx.principal.clientId),
      orderBy: [webhookSubscriptions.createdAt, webhookSubscriptions.id],
      keyOf: (row: WebhookSubscriptionRow) => [row.createdAt.toISOString(), row.id],
      args,
    });
  }

  /** The delivery log of the caller's subscriptions, in the order the events happened (`last` for the newest). */
  async deliveries(
    filter: { subscriptionId?: string | null; status?: WebhookDeliveryStatus | null },
    args: PageArgs,
  ): Promise<Page<WebhookDeliveryRow>> {
    const conditions: (SQL | undefined)[] = [
      inArray(
        webhookDeliveries.subscriptionId,
        this.ctx.db
          .select({ id: webhookSubscriptions.id })
          .from(webhookSubscriptions)
          .where(eq(webhookSubscriptions.clientId, this.ctx.principal.clientId)),
      ),
      filter.status ? eq(webhookDeliveries.status, filter.status) : undefined,
    ];
    if (filter.subscriptionId) conditions.push(eq(webhookDeliveries.subscriptionId, (await this.subscription(filter.subscriptionId)).id));
    return tablePage(this.ctx.db, webhookDeliveries, {
      where: and(...conditions),
      orderBy: [webhookDeliveries.eventSeq, webhookDeliveries.id],
      keyOf: (row: WebhookDeliveryRow) => [row.eventSeq, row.id],
      args,
    });
  }

  /** Sends a delivery again from its first attempt, whatever became of it (a replay after the receiver is fixed). */
  async redeliver(deliveryGlobalId: string): Promise<MutationResult<WebhookDeliveryRow>> {
    authorise(this.ctx.principal, "webhook:redeliver");
    const id = localIdOf(deliveryGlobalId, "WebhookDelivery", ["input", "deliveryId"]);
    const owned = isUuid(id)
      ? await this.ctx.db
          .select({ delivery: webhookDeliveries, subscription: webhookSubscriptions, audience: domainEvents.audience, client: apiClients })
          .from(webhookDeliveries)
          .innerJoin(webhookSubscriptions, eq(webhookSubscriptions.id, webhookDeliveries.subscriptionId))
          .innerJoin(domainEvents, eq(domainEvents.seq, webhookDeliveries.eventSeq))
          .innerJoin(apiClients, eq(apiClients.clientId, webhookSubscriptions.clientId))
          .where(and(eq(webhookDeliveries.id, id), eq(webhookSubscriptions.clientId, this.ctx.principal.clientId)))
      : [];
    if (!owned.length) throw notFound("WebhookDelivery", deliveryGlobalId);
    if (!owned[0].subscription.active)
      return {
        value: null,
        userErrors: [userError(["input", "deliveryId"], "SUBSCRIPTION_PAUSED", "Activate the subscription before redelivering.")],
      };
    // The event goes again only to a client that may still see its subject (its scope may have changed since).
    if (!(await this.stillInAudience(owned[0].client, owned[0].audience)))
      return {
        value: null,
        userErrors: [
          userError(["input", "deliveryId"], "NOT_IN_AUDIENCE", "This client no longer sees the event's subject; it is not sent again."),
        ],
      };
    const now = this.ctx.clock.now();
    const [row] = await this.ctx.db
      .update(webhookDeliveries)
      .set({ status: "PENDING", attempts: 0, nextAttemptAt: now, deliveredAt: null, updatedAt: now })
      .where(eq(webhookDeliveries.id, id))
      .returning();
    return { value: row, userErrors: [] };
  }

  /** Decided on the client's scope as stored now, not as its access token carries it. */
  private async stillInAudience(client: ApiClientRow, audience: Audience): Promise<boolean> {
    try {
      return decideEventDelivery(await principalOf(this.ctx.db, client), audience).allowed;
    } catch (error) {
      if (error instanceof ClientSetupError) return false; // its scope no longer resolves
      throw error;
    }
  }

  event(seq: number): Promise<DomainEventRow> {
    return this.ctx.loaders.eventBySeq.load(seq) as Promise<DomainEventRow>;
  }

  attempts(deliveryId: string): Promise<WebhookAttemptRow[]> {
    return this.ctx.loaders.webhookAttemptsByDeliveryId.load(deliveryId);
  }

  private check(input: WebhookSubscriptionInput): UserError[] {
    const errors = checkWebhookUrl(input.url, this.ctx.webhookUrlPolicy);
    if (input.eventTypes.length === 0)
      errors.push(userError(["input", "eventTypes"], "REQUIRED", "Name at least one event type, or a subject's every type as referral.*."));
    input.eventTypes.forEach((pattern, i) => {
      if (!isKnownEventPattern(pattern))
        errors.push(
          userError(
            ["input", "eventTypes", String(i)],
            "UNKNOWN_EVENT_TYPE",
            `${pattern} is not an event type; see the eventTypes query (e.g. referral.accepted, referral.*).`,
          ),
        );
    });
    return errors;
  }
}
