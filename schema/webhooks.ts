import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { ArrayMaxSize, ArrayMinSize, IsOptional, Length, MaxLength } from "class-validator";
import { DateTimeISOResolver, JSONObjectResolver } from "graphql-scalars";
import { webhookDeliveryStatus } from "../drizzle/schema/index.js";
import { StaffPerson } from "./staff.js";
import {
  Connection,
  connectionOf,
  CREATED_AT,
  enumOf,
  EXPECTED_VERSION,
  IDEMPOTENCY_KEY,
  MutationPayload,
  Node,
  PAYLOAD_OBJECT,
  payloadOf,
  VERSION,
} from "./common.js";

export const WebhookDeliveryStatus = enumOf(webhookDeliveryStatus.enumValues);
registerEnumType(WebhookDeliveryStatus, {
  valuesConfig: {
    PENDING: { description: "Not yet answered 2xx; retried with growing delays." },
    DELIVERED: { description: "The receiver answered 2xx." },
    FAILED: { description: "Gave up after the last retry; redeliverWebhook sends it again." },
  },
  name: "WebhookDeliveryStatus",
  description: "PENDING until the receiver answers 2xx (DELIVERED) or the attempts run out (FAILED).",
});

@ObjectType({
  simpleResolvers: true,
  description:
    "A workflow transition, as webhooks POST it and subscriptions push it. Personal data is never in it: read the subject through the API.",
})
export class DomainEvent {
  @Field(() => ID, { description: "The event's id; the `webhook-id` header. Deduplicate on it: delivery is at least once." })
  id!: string;

  @Field(() => String, { description: "`<subject>.<what happened>`, e.g. referral.accepted (see eventTypes)." })
  type!: string;

  @Field(() => DateTimeISOResolver, { description: "When it was committed (UTC)." })
  occurredAt!: Date;

  @Field(() => String, { description: "The GraphQL type of the changed object, e.g. Referral." })
  subjectType!: string;

  @Field(() => ID, { description: "The changed object's global ID (node(id:))." })
  subjectId!: string;

  @Field(() => JSONObjectResolver, {
    description:
      "action, fromStatus, toStatus, version, actorRole, actorPerson ({ id, username, displayName } or null) and the subject's key facts.",
  })
  data!: Record<string, unknown>;

  @Field(() => StaffPerson, {
    nullable: true,
    description:
      "The person signed in through the client who made the change (staff sign-in); null for a machine client or the server's own jobs.",
  })
  actorPerson!: StaffPerson | null;
}

@ObjectType({
  description: "A webhook: domain events of the given types are POSTed to the URL, signed (Standard Webhooks), at least once.",
  implements: Node,
  simpleResolvers: true,
})
export class WebhookSubscription extends Node {
  @Field(() => String, { description: "The receiver's URL (https)." })
  url!: string;

  @Field(() => [String], { description: "Exact types (referral.accepted) or a subject's every type (referral.*)." })
  eventTypes!: string[];

  @Field(() => Boolean, { description: "A paused subscription gets no new deliveries." })
  active!: boolean;

  @Field(() => String, { description: "Your note on what it is for.", nullable: true })
  description!: string | null;

  @Field(() => DateTimeISOResolver, { description: CREATED_AT })
  createdAt!: Date;

  @Field(() => Int, { description: VERSION })
  version!: number;
}

@ObjectType({ description: connectionOf("your client's webhook subscriptions, oldest first") })
export class WebhookSubscriptionConnection extends Connection(WebhookSubscription, "WebhookSubscription") {}

@ObjectType({ description: "One HTTP attempt of a delivery.", simpleResolvers: true })
export class WebhookAttempt {
  @Field(() => Int, { description: "Its number, from 1." })
  attempt!: number;

  @Field(() => DateTimeISOResolver, { description: "When it was made (UTC)." })
  at!: Date;

  @Field(() => Int, { nullable: true, description: "The receiver's HTTP status; null when none came." })
  statusCode!: number | null;

  @Field(() => String, { description: "What went wrong (timeout, refused, non-2xx); null on success.", nullable: true })
  error!: string | null;

  @Field(() => Int, { description: "How long the receiver took, in milliseconds." })
  durationMs!: number;
}

@ObjectType({ description: "One event's delivery to one subscription, with its attempts.", implements: Node, simpleResolvers: true })
export class WebhookDelivery extends Node {
  @Field(() => WebhookSubscription, { description: "The subscription it was sent to." })
  subscription!: WebhookSubscription;

  @Field(() => DomainEvent, { description: "The event delivered." })
  event!: DomainEvent;

  @Field(() => WebhookDeliveryStatus, { description: "Where the delivery stands." })
  status!: keyof typeof WebhookDeliveryStatus;

  @Field(() => Int, { description: "Attempts so far (since the last redelivery)." })
  attempts!: number;

  @Field(() => DateTimeISOResolver, { nullable: true, description: "When the next attempt is due, while PENDING." })
  nextAttemptAt!: Date | null;

  @Field(() => DateTimeISOResolver, { description: "When the receiver answered 2xx (UTC); null until then.", nullable: true })
  deliveredAt!: Date | null;

  @Field(() => DateTimeISOResolver, { description: "When the delivery was queued (UTC)." })
  createdAt!: Date;

  @Field(() => [WebhookAttempt], { description: "Every HTTP attempt, oldest first." })
  attemptLog!: WebhookAttempt[];
}

@ObjectType({ description: connectionOf("webhook deliveries, oldest first") })
export class WebhookDeliveryConnection extends Connection(WebhookDelivery, "WebhookDelivery") {}

@InputType({ description: "Narrows the delivery log; every given field must match." })
export class WebhookDeliveryFilter {
  @Field(() => ID, { description: "Only deliveries of this subscription (global ID).", nullable: true })
  subscriptionId?: string | null;

  @Field(() => WebhookDeliveryStatus, { description: "Only deliveries in this status.", nullable: true })
  status?: keyof typeof WebhookDeliveryStatus | null;
}

@InputType({ description: "A new webhook subscription for your client." })
export class CreateWebhookSubscriptionInput {
  @Field(() => String, { description: "https (plain http only to localhost in development)." })
  @MaxLength(2000)
  url!: string;

  @Field(() => [String], {
    description: "Event types, 1 to 100: exact (referral.accepted) or a subject's every type (referral.*); see eventTypes.",
  })
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  eventTypes!: string[];

  @Field(() => String, { description: "Your note on what it is for, 1 to 200 characters.", nullable: true })
  @IsOptional()
  @Length(1, 200)
  description?: string | null;

  @Field(() => String, { description: IDEMPOTENCY_KEY, nullable: true })
  @IsOptional()
  @Length(8, 128)
  idempotencyKey?: string | null;
}

@InputType({ description: "The subscription to remove, with its delivery log." })
export class DeleteWebhookSubscriptionInput {
  @Field(() => ID, { description: "Global ID of the subscription." })
  id!: string;
}

@InputType({ description: "Changes to a subscription; omitted fields stay as they are." })
export class UpdateWebhookSubscriptionInput {
  @Field(() => ID, { description: "Global ID of the subscription." })
  id!: string;

  @Field(() => Int, { description: EXPECTED_VERSION })
  expectedVersion!: number;

  @Field(() => String, { description: "New receiver URL (https), up to 2000 characters.", nullable: true })
  @IsOptional()
  @MaxLength(2000)
  url?: string | null;

  @Field(() => [String], { description: "New event types, 1 to 100 (exact or subject.*).", nullable: true })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  eventTypes?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: "false pauses the subscription." })
  active?: boolean | null;

  @Field(() => String, { description: "New note, 1 to 200 characters.", nullable: true })
  @IsOptional()
  @Length(1, 200)
  description?: string | null;
}

@InputType({ description: "A delivery to send again." })
export class RedeliverWebhookInput {
  @Field(() => ID, { description: "Global ID of the delivery." })
  deliveryId!: string;
}

@ObjectType({ description: payloadOf("createWebhookSubscription") })
export class CreateWebhookSubscriptionPayload extends MutationPayload {
  @Field(() => WebhookSubscription, { description: PAYLOAD_OBJECT, nullable: true })
  subscription!: WebhookSubscription | null;

  @Field(() => String, {
    nullable: true,
    description: "The signing secret (whsec_…), shown only here: verify every delivery with it (SDK verifyWebhook).",
  })
  secret!: string | null;
}

@ObjectType({
  description: payloadOf("updateWebhookSubscription and deleteWebhookSubscription (which answers the subscription as it was)"),
})
export class WebhookSubscriptionPayload extends MutationPayload {
  @Field(() => WebhookSubscription, { description: PAYLOAD_OBJECT, nullable: true })
  subscription!: WebhookSubscription | null;
}

@ObjectType({ description: payloadOf("redeliverWebhook") })
export class WebhookDeliveryPayload extends MutationPayload {
  @Field(() => WebhookDelivery, { description: PAYLOAD_OBJECT, nullable: true })
  delivery!: WebhookDelivery | null;
}
