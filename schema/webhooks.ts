import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { ArrayMaxSize, ArrayMinSize, IsOptional, Length, MaxLength } from "class-validator";
import { DateTimeISOResolver, JSONObjectResolver } from "graphql-scalars";
import { webhookDeliveryStatus } from "../drizzle/schema/index.js";
import { Connection, enumOf, EXPECTED_VERSION, MutationPayload, Node, VERSION } from "./common.js";

export const WebhookDeliveryStatus = enumOf(webhookDeliveryStatus.enumValues);
registerEnumType(WebhookDeliveryStatus, {
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

  @Field(() => DateTimeISOResolver)
  occurredAt!: Date;

  @Field(() => String, { description: "The GraphQL type of the changed object, e.g. Referral." })
  subjectType!: string;

  @Field(() => ID, { description: "The changed object's global ID (node(id:))." })
  subjectId!: string;

  @Field(() => JSONObjectResolver, { description: "action, fromStatus, toStatus, version, actorRole and the subject's key facts." })
  data!: Record<string, unknown>;
}

@ObjectType({ implements: Node, simpleResolvers: true })
export class WebhookSubscription extends Node {
  @Field(() => String)
  url!: string;

  @Field(() => [String], { description: "Exact types (referral.accepted) or a subject's every type (referral.*)." })
  eventTypes!: string[];

  @Field(() => Boolean, { description: "A paused subscription gets no new deliveries." })
  active!: boolean;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => DateTimeISOResolver)
  createdAt!: Date;

  @Field(() => Int, { description: VERSION })
  version!: number;
}

@ObjectType({ simpleResolvers: true })
export class WebhookAttempt {
  @Field(() => Int)
  attempt!: number;

  @Field(() => DateTimeISOResolver)
  at!: Date;

  @Field(() => Int, { nullable: true, description: "The receiver's HTTP status; null when none came." })
  statusCode!: number | null;

  @Field(() => String, { nullable: true })
  error!: string | null;

  @Field(() => Int)
  durationMs!: number;
}

@ObjectType({ implements: Node, simpleResolvers: true })
export class WebhookDelivery extends Node {
  @Field(() => WebhookSubscription)
  subscription!: WebhookSubscription;

  @Field(() => DomainEvent)
  event!: DomainEvent;

  @Field(() => WebhookDeliveryStatus)
  status!: keyof typeof WebhookDeliveryStatus;

  @Field(() => Int, { description: "Attempts so far (since the last redelivery)." })
  attempts!: number;

  @Field(() => DateTimeISOResolver, { nullable: true, description: "When the next attempt is due, while PENDING." })
  nextAttemptAt!: Date | null;

  @Field(() => DateTimeISOResolver, { nullable: true })
  deliveredAt!: Date | null;

  @Field(() => DateTimeISOResolver)
  createdAt!: Date;

  @Field(() => [WebhookAttempt], { description: "Every HTTP attempt, oldest first." })
  attemptLog!: WebhookAttempt[];
}

@ObjectType()
export class WebhookDeliveryConnection extends Connection(WebhookDelivery, "WebhookDelivery") {}

@InputType()
export class WebhookDeliveryFilter {
  @Field(() => ID, { nullable: true })
  subscriptionId?: string | null;

  @Field(() => WebhookDeliveryStatus, { nullable: true })
  status?: keyof typeof WebhookDeliveryStatus | null;
}

@InputType()
export class CreateWebhookSubscriptionInput {
  @Field(() => String, { description: "https (plain http only to localhost in development)." })
  @MaxLength(2000)
  url!: string;

  @Field(() => [String])
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  eventTypes!: string[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 200)
  description?: string | null;
}

@InputType()
export class UpdateWebhookSubscriptionInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: EXPECTED_VERSION })
  expectedVersion!: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000)
  url?: string | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  eventTypes?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: "false pauses the subscription." })
  active?: boolean | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 200)
  description?: string | null;
}

@InputType()
export class RedeliverWebhookInput {
  @Field(() => ID)
  deliveryId!: string;
}

@ObjectType()
export class CreateWebhookSubscriptionPayload extends MutationPayload {
  @Field(() => WebhookSubscription, { nullable: true })
  subscription!: WebhookSubscription | null;

  @Field(() => String, {
    nullable: true,
    description: "The signing secret (whsec_…), shown only here: verify every delivery with it (SDK verifyWebhook).",
  })
  secret!: string | null;
}

@ObjectType()
export class WebhookSubscriptionPayload extends MutationPayload {
  @Field(() => WebhookSubscription, { nullable: true })
  subscription!: WebhookSubscription | null;
}

@ObjectType()
export class WebhookDeliveryPayload extends MutationPayload {
  @Field(() => WebhookDelivery, { nullable: true })
  delivery!: WebhookDelivery | null;
}
