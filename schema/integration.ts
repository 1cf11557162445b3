import { Field, InputType, Int, ObjectType } from "type-graphql";
import { DateTimeISOResolver } from "graphql-scalars";
import { MutationPayload } from "./common.js";
import { StaffPerson } from "./staff.js";

@ObjectType({ simpleResolvers: true, description: "Limits every query of this client is checked against before it runs (SECURITY.md)." })
export class ViewerQueryLimits {
  @Field(() => Int, { description: "Deepest field nesting allowed." })
  depth!: number;

  @Field(() => Int, { description: "Most aliases in one document." })
  aliases!: number;

  @Field(() => Int, { description: "Most directives in one document." })
  directives!: number;

  @Field(() => Int, { description: "Most lexical tokens in one document." })
  tokens!: number;

  @Field(() => Int, { description: "Highest computed cost of one query (connections multiply by their page size)." })
  cost!: number;
}

@ObjectType({
  simpleResolvers: true,
  description: "This client's rate limit: a leaky bucket of cost points (the RateLimit headers report its state after every request).",
})
export class ViewerRateLimit {
  @Field(() => Int, { description: "Cost points the bucket holds." })
  points!: number;

  @Field(() => Int, { description: "Cost points that drain from the bucket per second." })
  restorePerSecond!: number;
}

@ObjectType({
  simpleResolvers: true,
  description: "Who is calling: the OAuth2 client behind the access token, its role and scope, and the limits it runs under.",
})
export class Viewer {
  @Field(() => String, { description: "The OAuth2 client id." })
  clientId!: string;

  @Field(() => String, {
    nullable: true,
    description: "The client's name as registered by the ministry; null for a client no longer on record.",
  })
  name!: string | null;

  @Field(() => String, {
    description: "The client's role (DOMAIN §0), e.g. PARTNER_HOSPITAL; it decides which root fields the client may call.",
  })
  role!: string;

  @Field(() => String, {
    description:
      "What the client acts for, as `kind:value`: `national`, `facility:101101`, `province:01`, `insurer:SGK`, `organisation:…` or `person:TCKN:…`.",
  })
  scope!: string;

  @Field(() => ViewerQueryLimits, { description: "The query limits in force for this client (its own, or the server's defaults)." })
  limits!: ViewerQueryLimits;

  @Field(() => ViewerRateLimit, { description: "The rate limit in force for this client." })
  rateLimit!: ViewerRateLimit;

  @Field(() => Boolean, {
    description:
      "True when the client runs only trusted documents: the SDK's published operations and documents registered for it (DOC-1..4).",
  })
  trustedDocumentsOnly!: boolean;

  @Field(() => StaffPerson, {
    nullable: true,
    description: "The person signed in through the client (staff sign-in at /oidc); null for a machine's client credentials.",
  })
  person!: StaffPerson | null;
}

@ObjectType({
  simpleResolvers: true,
  description: "A document registered for one client beyond the SDK's operations (DOC-1..4); also the audit record of its registration.",
})
export class RegisteredDocument {
  @Field(() => String, { description: "The client the document is trusted for." })
  clientId!: string;

  @Field(() => String, { description: "SHA-256 (hex) of the document's exact text: send it in extensions.persistedQuery.sha256Hash." })
  sha256!: string;

  @Field(() => String, { description: "The document's text, exactly as registered." })
  document!: string;

  @Field(() => [String], { description: "The names of the document's operations." })
  operationNames!: string[];

  @Field(() => String, { description: "The client that registered it." })
  registeredByClientId!: string;

  @Field(() => String, { description: "The role of the client that registered it." })
  registeredByRole!: string;

  @Field(() => DateTimeISOResolver, { description: "When it was registered." })
  registeredAt!: Date;

  @Field(() => String, { nullable: true, description: "The request that registered it (x-request-id), for the logs." })
  requestId!: string | null;
}

@InputType({ description: "A document to trust for one client (DOC-1..4)." })
export class RegisterTrustedDocumentInput {
  @Field(() => String, { description: "The client (OAuth2 client id) that may then run the document." })
  clientId!: string;

  @Field(() => String, {
    description:
      "The document's exact text, as the client will send it (the SDK's `documentText` gives it): named queries and mutations, valid against this schema (DOC-2).",
  })
  document!: string;
}

@ObjectType({ description: "The result of registerTrustedDocument." })
export class RegisterTrustedDocumentPayload extends MutationPayload {
  @Field(() => RegisteredDocument, {
    nullable: true,
    description: "The registration; the earlier one when the same text was already registered for the client (DOC-4).",
  })
  registeredDocument!: RegisteredDocument | null;
}
