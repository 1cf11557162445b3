import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import type { ApprovalRow, ApprovalTemplateRow } from "../../drizzle/schema/index.js";
import {
  Approval,
  ApprovalDepartment,
  ApprovalDepartmentPayload,
  ApprovalTemplatePayload,
  AssignDepartmentHeadInput,
  CreateApprovalTemplateInput,
  RetireApprovalTemplateInput,
  ReviseApprovalTemplateInput,
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
import { decisionsForStep, isOverdue } from "./rules.js";

const stepsOf = (template: ApprovalTemplateRow) =>
  template.steps.map((step, index) => ({ ...step, index, department: step.department ?? null, decisions: decisionsForStep[step.kind] }));

/** GraphQL's null for "no department" is the stored steps' absent one. */
const stepInputs = <T extends { steps: { department?: string | null }[] }>(input: T) => ({
  ...input,
  steps: input.steps.map((step) => ({ ...step, department: step.department ?? undefined })),
});

@Resolver(() => ApprovalTemplate)
export class ApprovalTemplateResolver {
  @Query(() => [ApprovalTemplate], { description: "APR-1: the approval chain templates, each in its current version (APR-8)." })
  approvalTemplates(
    @Arg("includeRetired", () => Boolean, { description: "Also the retired templates (their last version).", defaultValue: false })
    includeRetired: boolean,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.approvals.templates(includeRetired);
  }

  @Query(() => [ApprovalTemplate], { description: "APR-8: every version of one template, oldest first." })
  approvalTemplateVersions(@Arg("code", () => String, { description: "The template's code." }) code: string, @Ctx() ctx: GraphQLContext) {
    return ctx.services.approvals.templateVersions(code);
  }

  @Query(() => [ApprovalDepartment], { description: "APR-6: the departments and the Department Head clients heading them." })
  approvalDepartments(@Ctx() ctx: GraphQLContext) {
    return ctx.services.approvals.departments();
  }

  @Mutation(() => ApprovalTemplatePayload, { description: "APR-8: the coordination unit creates a template (version 1)." })
  async createApprovalTemplate(
    @Arg("input", () => CreateApprovalTemplateInput, { description: MUTATION_INPUT }) input: CreateApprovalTemplateInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return payloadOf("template", await ctx.services.approvals.createTemplate(stepInputs(input)));
  }

  @Mutation(() => ApprovalTemplatePayload, {
    description: "APR-8: the coordination unit revises a template: a new version for new chains; running chains keep theirs.",
  })
  async reviseApprovalTemplate(
    @Arg("input", () => ReviseApprovalTemplateInput, { description: MUTATION_INPUT }) input: ReviseApprovalTemplateInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return payloadOf("template", await ctx.services.approvals.reviseTemplate(stepInputs(input)));
  }

  @Mutation(() => ApprovalTemplatePayload, { description: "APR-8: the coordination unit retires a template: no new chains." })
  async retireApprovalTemplate(
    @Arg("input", () => RetireApprovalTemplateInput, { description: MUTATION_INPUT }) input: RetireApprovalTemplateInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return payloadOf("template", await ctx.services.approvals.retireTemplate(input));
  }

  @Mutation(() => ApprovalDepartmentPayload, {
    description: "APR-6: the coordination unit records that a Department Head client heads a department.",
  })
  async assignDepartmentHead(
    @Arg("input", () => AssignDepartmentHeadInput, { description: MUTATION_INPUT }) input: AssignDepartmentHeadInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return payloadOf("department", await ctx.services.approvals.assignDepartmentHead(input));
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
    return ctx.services.approvals.template(approval.templateCode, approval.templateVersion);
  }

  @FieldResolver(() => Boolean)
  overdue(@Root() approval: ApprovalRow, @Ctx() ctx: GraphQLContext) {
    return isOverdue(approval, ctx.services.approvals.today());
  }

  @FieldResolver(() => ApprovalSubject)
  subject(@Root() approval: ApprovalRow) {
    return approval.subject;
  }

  @FieldResolver(() => ApprovalStep, { nullable: true })
  async currentStep(@Root() approval: ApprovalRow, @Ctx() ctx: GraphQLContext) {
    if (approval.currentStep === null) return null;
    const template = await ctx.services.approvals.template(approval.templateCode, approval.templateVersion);
    return template ? stepsOf(template)[approval.currentStep] : null;
  }

  @FieldResolver(() => [ApprovalHistoryEntry])
  async history(@Root() approval: ApprovalRow, @Ctx() ctx: GraphQLContext) {
    // The convention's columns under the names the history had before it (role, comment, decidedBy…, decidedAt).
    return (await ctx.services.approvals.history(approval.id)).map((row) => ({
      ...row,
      role: row.actorRole ?? "",
      comment: row.note ?? "",
      decidedByClientId: row.actorClientId ?? "",
      decidedAt: row.at,
    }));
  }
}
