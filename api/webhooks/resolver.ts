import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root, Subscription } from "type-graphql";
import type { DomainEventRow, WebhookDeliveryRow, WebhookSubscriptionRow } from "../../drizzle/schema/index.js";
import { CONNECTION_FILTER, ConnectionArgs, MUTATION_INPUT } from "../../schema/common.js";
import {
  CreateWebhookSubscriptionInput,
  CreateWebhookSubscriptionPayload,
  DeleteWebhookSubscriptionInput,
  DomainEvent,
  RedeliverWebhookInput,
  UpdateWebhookSubscriptionInput,
  WebhookAttempt,
  WebhookDelivery,
  WebhookDeliveryConnection,
  WebhookDeliveryFilter,
  WebhookDeliveryPayload,
  WebhookSubscription,
  WebhookSubscriptionConnection,
  WebhookSubscriptionPayload,
} from "../../schema/webhooks.js";
import { decideEventDelivery } from "../auth/policy.js";
import type { GraphQLContext } from "../context.js";
import { coversEventType, isKnownEventPattern } from "../events/catalogue.js";
import { badInput, unauthenticated } from "../platform/conventions/errors.js";
import { toGlobalId } from "../platform/conventions/global-id.js";
import { connectionOf } from "../platform/conventions/pagination.js";
import { payloadOf } from "../platform/conventions/payload.js";

/** A subscription's context: the request context and the topic its server publishes events on. */
export type SubscriptionContext = GraphQLContext & {
  eventsTopic: string;
  /** Whether the socket's access token is still valid; an expired one gets no more events, and its socket is closed. */
  sessionValid(): boolean;
};

const domainEventOf = (row: DomainEventRow): DomainEvent => ({
  id: row.eventId,
  type: row.type,
  occurredAt: row.occurredAt,
  subjectType: row.subjectType,
  subjectId: row.subjectId,
  data: row.data,
  actorPerson: (row.data.actorPerson as DomainEvent["actorPerson"] | undefined) ?? null,
});

@Resolver(() => WebhookSubscription)
export class WebhookSubscriptionResolver {
  @Query(() => [String], { description: "Every event type webhooks and subscriptions deliver, e.g. referral.accepted." })
  eventTypes(@Ctx() ctx: GraphQLContext) {
    return ctx.services.webhooks.eventTypes();
  }

  @Query(() => WebhookSubscriptionConnection, { description: "Your client's webhook subscriptions, oldest first." })
  async webhookSubscriptions(@Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: GraphQLContext) {
    return connectionOf(await ctx.services.webhooks.subscriptions(args));
  }

  @Mutation(() => CreateWebhookSubscriptionPayload, {
    description: "POSTs the named events your client may see to the URL, signed (Standard Webhooks); the secret is returned once.",
  })
  async createWebhookSubscription(
    @Arg("input", () => CreateWebhookSubscriptionInput, { description: MUTATION_INPUT }) input: CreateWebhookSubscriptionInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    const result = await ctx.services.webhooks.create(input);
    return { subscription: result.value?.subscription ?? null, secret: result.value?.secret ?? null, userErrors: result.userErrors };
  }

  @Mutation(() => WebhookSubscriptionPayload, { description: "Changes the URL or event types, or pauses (active: false) and resumes." })
  async updateWebhookSubscription(
    @Arg("input", () => UpdateWebhookSubscriptionInput, { description: MUTATION_INPUT }) input: UpdateWebhookSubscriptionInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return payloadOf("subscription", await ctx.services.webhooks.update(input));
  }

  @Mutation(() => WebhookSubscriptionPayload, { description: "Removes the subscription and its delivery log; answers it as it was." })
  async deleteWebhookSubscription(
    @Arg("input", () => DeleteWebhookSubscriptionInput, { description: MUTATION_INPUT }) input: DeleteWebhookSubscriptionInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return payloadOf("subscription", await ctx.services.webhooks.delete(input.id));
  }

  @FieldResolver(() => ID, { description: "Opaque global ID of the subscription." })
  id(@Root() row: WebhookSubscriptionRow) {
    return toGlobalId("WebhookSubscription", row.id);
  }
}

@Resolver(() => WebhookDelivery)
export class WebhookDeliveryResolver {
  @Query(() => WebhookDeliveryConnection, { description: "The delivery log of your subscriptions, oldest first (last: n for the newest)." })
  async webhookDeliveries(
    @Arg("filter", () => WebhookDeliveryFilter, { description: CONNECTION_FILTER, nullable: true }) filter: WebhookDeliveryFilter | null,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() ctx: GraphQLContext,
  ) {
    return connectionOf(await ctx.services.webhooks.deliveries(filter ?? {}, args));
  }

  @Mutation(() => WebhookDeliveryPayload, { description: "Sends a delivery again, from a fresh first attempt (a replay)." })
  async redeliverWebhook(
    @Arg("input", () => RedeliverWebhookInput, { description: MUTATION_INPUT }) input: RedeliverWebhookInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return payloadOf("delivery", await ctx.services.webhooks.redeliver(input.deliveryId));
  }

  @FieldResolver(() => ID, { description: "Opaque global ID of the delivery." })
  id(@Root() row: WebhookDeliveryRow) {
    return toGlobalId("WebhookDelivery", row.id);
  }

  @FieldResolver(() => WebhookSubscription)
  subscription(@Root() row: WebhookDeliveryRow, @Ctx() ctx: GraphQLContext) {
    return ctx.services.webhooks.subscription(toGlobalId("WebhookSubscription", row.subscriptionId));
  }

  @FieldResolver(() => DomainEvent)
  async event(@Root() row: WebhookDeliveryRow, @Ctx() ctx: GraphQLContext) {
    return domainEventOf(await ctx.services.webhooks.event(row.eventSeq));
  }

  @FieldResolver(() => Date, { nullable: true })
  nextAttemptAt(@Root() row: WebhookDeliveryRow) {
    return row.status === "PENDING" ? row.nextAttemptAt : null;
  }

  @FieldResolver(() => [WebhookAttempt])
  attemptLog(@Root() row: WebhookDeliveryRow, @Ctx() ctx: GraphQLContext) {
    return ctx.services.webhooks.attempts(row.id);
  }
}

@Resolver()
export class DomainEventSubscriptionResolver {
  @Subscription(() => DomainEvent, {
    description:
      "Events as they are committed (graphql-ws on /graphql; connectionParams { authorization: 'Bearer …' }), only those your client may see.",
    topics: ({ context, args }) => {
      const ctx = context as SubscriptionContext;
      if (!ctx.principal) throw unauthenticated();
      (args.types as string[] | null)?.forEach((pattern, i) => {
        if (!isKnownEventPattern(pattern)) throw badInput(["types", String(i)], `${pattern} is not an event type (see eventTypes).`);
      });
      return ctx.eventsTopic;
    },
    filter: ({ payload, args, context }) => {
      const event = payload as DomainEventRow;
      const types = args.types as string[] | null;
      const ctx = context as SubscriptionContext;
      return (
        ctx.sessionValid() &&
        decideEventDelivery(ctx.principal!, event.audience).allowed &&
        (!types || types.some((pattern) => coversEventType(pattern, event.type)))
      );
    },
  })
  events(
    @Root() event: DomainEventRow,
    @Arg("types", () => [String], { nullable: true, description: "Exact types or subject.*; all when omitted." }) _types: string[] | null,
  ): DomainEvent {
    return domainEventOf(event);
  }
}
