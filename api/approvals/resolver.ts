import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import type { ApprovalRow, ApprovalTemplateRow } from "../../drizzle/schema/index.js";
import {
  Approval,
  ApprovalConnection,
  ApprovalFilter,
  ApprovalHistoryEntry,
  ApprovalPayload,
  ApprovalStep,
  ApprovalStepDuration,
  ApprovalSubject,
  ApprovalTemplate,
  DecideApprovalStepInput,
  ResubmitApprovalInput,
  StartApprovalInput,
} from "../../schema/approvals.js";
import { CONNECTION_FILTER, ConnectionArgs, MUTATION_INPUT } from "../../schema/common.js";
import type { GraphQLContext } from "../context.js";
import { toGlobalId } from "../platform/conventions/global-id.js";
import { connectionOf } from "../platform/conventions/pagination.js";
import { payloadOf } from "../platform/conventions/payload.js";

const stepsOf = (template: ApprovalTemplateRow) => template.steps.map((step, index) => ({ ...step, index }));

@Resolver(() => ApprovalTemplate)
export class ApprovalTemplateResolver {
  @Query(() => [ApprovalTemplate], { description: "APR-1: the approval chain templates." })
  approvalTemplates(@Ctx() ctx: GraphQLContext) {
    return ctx.services.approvals.templates();
  }

  @FieldResolver(() => [ApprovalStep])
  steps(@Root() template: ApprovalTemplateRow) {
    return stepsOf(template);
  }
}

@Resolver(() => Approval)
export class ApprovalResolver {
  @Query(() => ApprovalConnection, {
    description: "Approvals, oldest first; `pendingForMe` lists those whose current step waits for your role.",
  })
  async approvals(
    @Arg("filter", () => ApprovalFilter, { description: CONNECTION_FILTER, nullable: true }) filter: ApprovalFilter | null,
    @Arg("pendingForMe", () => Boolean, { description: "Only chains whose current step your role decides.", defaultValue: false })
    pendingForMe: boolean,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() ctx: GraphQLContext,
  ) {
    return connectionOf(await ctx.services.approvals.list({ ...filter, pendingForMe }, args));
  }

  @Query(() => Approval, { description: "One approval by global ID." })
  approval(@Arg("id", () => ID, { description: "Global ID of the approval." }) id: string, @Ctx() ctx: GraphQLContext) {
    return ctx.services.approvals.get(id);
  }

  @Query(() => [ApprovalStepDuration], { description: "Average and p90 time per step kind and template." })
  approvalStepDurations(
    @Arg("templateCode", () => String, { description: "Only this template; all templates when omitted.", nullable: true })
    templateCode: string | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.approvals.stepDurations(templateCode);
  }

  @Mutation(() => ApprovalPayload, { description: "The preparing unit submits a subject into its chain." })
  async startApproval(
    @Arg("input", () => StartApprovalInput, { description: MUTATION_INPUT }) input: StartApprovalInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return payloadOf("approval", await ctx.services.approvals.start(input));
  }

  @Mutation(() => ApprovalPayload, {
    description: "The holder of the current step's role decides it (APR-2); a second decision gets CONFLICT (APR-4).",
  })
  async decideApprovalStep(
    @Arg("input", () => DecideApprovalStepInput, { description: MUTATION_INPUT }) input: DecideApprovalStepInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return payloadOf("approval", await ctx.services.approvals.decide(input));
  }

  @Mutation(() => ApprovalPayload, { description: "After a RETURN, the preparing unit resubmits: a new revision (APR-3)." })
  async resubmitApproval(
    @Arg("input", () => ResubmitApprovalInput, { description: MUTATION_INPUT }) input: ResubmitApprovalInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return payloadOf("approval", await ctx.services.approvals.resubmit(input));
  }

  @FieldResolver(() => ID, { description: "Opaque global ID of the approval." })
  id(@Root() approval: ApprovalRow) {
    return toGlobalId("Approval", approval.id);
  }

  @FieldResolver(() => ApprovalTemplate)
  template(@Root() approval: ApprovalRow, @Ctx() ctx: GraphQLContext) {
    return ctx.services.approvals.template(approval.templateCode);
  }

  @FieldResolver(() => ApprovalSubject)
  subject(@Root() approval: ApprovalRow) {
    return approval.subject;
  }

  @FieldResolver(() => ApprovalStep, { nullable: true })
  async currentStep(@Root() approval: ApprovalRow, @Ctx() ctx: GraphQLContext) {
    if (approval.currentStep === null) return null;
    const template = await ctx.services.approvals.template(approval.templateCode);
    return template ? stepsOf(template)[approval.currentStep] : null;
  }

  @FieldResolver(() => [ApprovalHistoryEntry])
  history(@Root() approval: ApprovalRow, @Ctx() ctx: GraphQLContext) {
    return ctx.services.approvals.history(approval.id);
  }
}
