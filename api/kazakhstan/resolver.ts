import { ConnectionArgs, MUTATION_INPUT } from "../../schema/common.js";
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { LocalDate } from "../../schema/local-date.js";
import type { KzContractRow, KzRequestRow } from "../../drizzle/schema/index.js";
import {
  Attachment,
  AttachmentRequest,
  AttachmentRequestConnection,
  AttachmentRequestHistoryEntry,
  AttachmentRequestPayload,
  DecideAttachmentRequestInput,
  EmploymentEligibility,
  FileAttachmentRequestInput,
  GuaranteedDisease,
  GuaranteedServicePayload,
  GuaranteedServiceQuota,
  InsuranceContract,
  InsuranceContractPayload,
  RecordGuaranteedServiceInput,
  RegisterInsuranceContractInput,
  SubmitAttachmentRequestInput,
} from "../../schema/kazakhstan.js";
import type { GraphQLContext } from "../context.js";
import { toGlobalId } from "../platform/conventions/global-id.js";
import { connectionOf } from "../platform/conventions/pagination.js";
import { payloadOf } from "../platform/conventions/payload.js";

@Resolver(() => AttachmentRequest)
export class KazakhstanResolver {
  @Query(() => EmploymentEligibility, { description: "KZ-3: may a foreigner with this IIN be employed on the day (active VHI or OSMS)?" })
  employmentEligibility(
    @Arg("iin", () => String, { description: "IIN of the person (12 digits, ID-2)." }) iin: string,
    @Arg("date", () => LocalDate, { description: "The day employment would start." }) date: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.kazakhstan.employmentEligibility(iin, date);
  }

  @Query(() => AttachmentRequestConnection, {
    description:
      "A PHC organisation's attachment requests, by decision deadline (earliest first); overdueOnly: past the one-business-day deadline (KZ-7).",
  })
  async attachmentRequests(
    @Arg("organisationCode", () => String, { description: "Code of the PHC organisation; a PHC organisation sees only its own." })
    organisationCode: string,
    @Arg("overdueOnly", () => Boolean, {
      description: "Only requests not decided within 1 business day of submission (KZ-7).",
      defaultValue: false,
    })
    overdueOnly: boolean,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() ctx: GraphQLContext,
  ) {
    return connectionOf(await ctx.services.kazakhstan.requests(organisationCode, overdueOnly, args));
  }

  @Query(() => Attachment, { nullable: true, description: "A person's attachment to primary care (KZ-9, KZ-12)." })
  attachment(
    @Arg("iin", () => String, {
      nullable: true,
      description: "The person's IIN. An e-government portal acting for a person with an IIN may leave it out: it answers for that person.",
    })
    iin: string | null | undefined,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.kazakhstan.attachment(iin);
  }

  @Query(() => [Attachment], {
    description:
      "KZ-9, KZ-12: a person's attachments, current and ended, newest first, with why each ended. For the person's portal (or a child's legal representative's), their organisation, their insurer and auditors.",
  })
  attachmentHistory(@Arg("iin", () => String, { description: "The person's IIN (ID-2)." }) iin: string, @Ctx() ctx: GraphQLContext) {
    return ctx.services.kazakhstan.attachmentHistory(iin);
  }

  @Query(() => [GuaranteedServiceQuota], { description: "KZ-14: the free guaranteed volume's quotas for a person on a day." })
  guaranteedVolume(
    @Arg("iin", () => String, {
      nullable: true,
      description: "The person's IIN. An e-government portal acting for a person with an IIN may leave it out: it answers for that person.",
    })
    iin: string | null | undefined,
    @Arg("date", () => LocalDate, { description: "The day to evaluate the quotas on." }) date: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.kazakhstan.guaranteedVolume(iin, date);
  }

  @Query(() => [GuaranteedDisease], { description: "KZ-13: the 23 diseases dangerous to others." })
  guaranteedDiseases(@Ctx() ctx: GraphQLContext) {
    return ctx.services.kazakhstan.diseases();
  }

  @Mutation(() => InsuranceContractPayload, { description: "The insurer registers a VHI or OSMS contract (KZ-2)." })
  async registerInsuranceContract(
    @Arg("input", () => RegisterInsuranceContractInput, { description: MUTATION_INPUT }) input: RegisterInsuranceContractInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return payloadOf("contract", await ctx.services.kazakhstan.registerContract(input));
  }

  @Mutation(() => AttachmentRequestPayload, { description: "KZ-4, KZ-5, KZ-10, KZ-11: a request to attach to a PHC organisation." })
  async submitAttachmentRequest(
    @Arg("input", () => SubmitAttachmentRequestInput, { description: MUTATION_INPUT }) input: SubmitAttachmentRequestInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return payloadOf("request", await ctx.services.kazakhstan.submitRequest(input));
  }

  @Mutation(() => AttachmentRequestPayload, { description: "KZ-6: filed into the Register of Attached Population." })
  async fileAttachmentRequest(
    @Arg("input", () => FileAttachmentRequestInput, { description: MUTATION_INPUT }) input: FileAttachmentRequestInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return payloadOf("request", await ctx.services.kazakhstan.fileRequest(input));
  }

  @Mutation(() => AttachmentRequestPayload, { description: "KZ-8: attach with a notice, or refuse with reasons." })
  async decideAttachmentRequest(
    @Arg("input", () => DecideAttachmentRequestInput, { description: MUTATION_INPUT }) input: DecideAttachmentRequestInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return payloadOf("request", await ctx.services.kazakhstan.decideRequest(input));
  }

  @Mutation(() => GuaranteedServicePayload, {
    description: "KZ-13/KZ-14: records a free service, refused beyond its quota with the date it is available again.",
  })
  async recordGuaranteedService(
    @Arg("input", () => RecordGuaranteedServiceInput, { description: MUTATION_INPUT }) input: RecordGuaranteedServiceInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return payloadOf("service", await ctx.services.kazakhstan.recordService(input));
  }

  @FieldResolver(() => ID, { description: "Opaque global ID of the request." })
  id(@Root() request: KzRequestRow) {
    return toGlobalId("AttachmentRequest", request.id);
  }

  @FieldResolver(() => [AttachmentRequestHistoryEntry])
  history(@Root() request: KzRequestRow, @Ctx() ctx: GraphQLContext) {
    return ctx.services.kazakhstan.history(request.id);
  }
}

@Resolver(() => InsuranceContract)
export class InsuranceContractResolver {
  @FieldResolver(() => ID, { description: "Opaque global ID of the contract." })
  id(@Root() contract: KzContractRow) {
    return toGlobalId("InsuranceContract", contract.id);
  }
}
