import { MUTATION_INPUT } from "../../schema/common.js";
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import type { MdsCorrectionRow, MdsRow, MdsSubmissionRow } from "../../drizzle/schema/index.js";
import { Facility } from "../../schema/facilities.js";
import { Province } from "../../schema/geography.js";
import {
  AcceptMonthlySubmissionInput,
  CorrectMonthlySubmissionInput,
  ExportMonthlyConsolidationInput,
  ExportMonthlyConsolidationPayload,
  MonthlySubmission,
  MonthlySubmissionPayload,
  MonthlySubmissionRow,
  MonthlySubmissionSettings,
  MonthlySubmissionSettingsPayload,
  SetMonthlySubmissionDueDayInput,
  SubmissionDispatchPayload,
  ProvinceMetricChange,
  ProvincePeriodStatus,
  RecordSubmissionDispatchInput,
  RequestSubmissionCorrectionInput,
  SaveMonthlyDraftInput,
  SubmissionConsolidation,
  SubmissionCorrection,
  SubmissionDispatch,
  SubmissionEvent,
  SubmissionPeriod,
  SubmitMonthlySubmissionInput,
} from "../../schema/submissions.js";
import type { GraphQLContext } from "../context.js";
import { toGlobalId } from "../platform/conventions/global-id.js";
import { payloadOf } from "../platform/conventions/payload.js";

@Resolver(() => MonthlySubmission)
export class MonthlySubmissionResolver {
  @Query(() => MonthlySubmission, { nullable: true, description: "A province's submission for a month (default: your own province)." })
  monthlySubmission(
    @Arg("period", () => String, { description: "Reporting period, YYYY-MM." }) period: string,
    @Arg("provinceCode", () => String, {
      description: "Plate code of the province, 01 to 81; your own province when omitted.",
      nullable: true,
    })
    provinceCode: string | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    const scope = ctx.principal?.scope;
    return ctx.services.submissions.get(period, provinceCode ?? (scope?.kind === "PROVINCE" ? scope.provinceCode : ""));
  }

  @Query(() => SubmissionPeriod, { description: "MDS-4: every province's status for a period, overdue ones flagged." })
  monthlySubmissionPeriod(
    @Arg("period", () => String, { description: "Reporting period, YYYY-MM." }) period: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.submissions.periodStatus(period);
  }

  @Query(() => SubmissionConsolidation, { description: "MDS-5: national totals of the accepted data." })
  monthlyConsolidation(
    @Arg("period", () => String, { description: "Reporting period, YYYY-MM." }) period: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.submissions.consolidation(period);
  }

  @Query(() => [SubmissionDispatch], { description: "MDS-6: the recorded dispatches of a period's data." })
  monthlyDispatches(
    @Arg("period", () => String, { description: "Reporting period, YYYY-MM." }) period: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.submissions.dispatches(period);
  }

  @Query(() => Int, { description: "MDS-1: the day of the month submissions are due." })
  monthlySubmissionDueDay(@Ctx() ctx: GraphQLContext) {
    return ctx.services.submissions.dueDay();
  }

  @Query(() => MonthlySubmissionSettings, { description: "MDS-1: the due day with its version, for setMonthlySubmissionDueDay." })
  monthlySubmissionSettings(@Ctx() ctx: GraphQLContext) {
    return ctx.services.submissions.settings();
  }

  @Mutation(() => MonthlySubmissionSettingsPayload, { description: "MDS-1: sets the due day (1–28)." })
  async setMonthlySubmissionDueDay(
    @Arg("input", () => SetMonthlySubmissionDueDayInput, { description: MUTATION_INPUT }) input: SetMonthlySubmissionDueDayInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return payloadOf("settings", await ctx.services.submissions.setDueDay(input));
  }

  @Mutation(() => MonthlySubmissionPayload, { description: "Saves the province's rows for the month, all or nothing (MDS-2)." })
  async saveMonthlyDraft(
    @Arg("input", () => SaveMonthlyDraftInput, { description: MUTATION_INPUT }) input: SaveMonthlyDraftInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return payloadOf("submission", await ctx.services.submissions.saveDraft(input));
  }

  @Mutation(() => MonthlySubmissionPayload, {
    description: "Submits the province's draft for the period, or resubmits after a correction request (MDS-3).",
  })
  async submitMonthlySubmission(
    @Arg("input", () => SubmitMonthlySubmissionInput, { description: MUTATION_INPUT }) input: SubmitMonthlySubmissionInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return payloadOf("submission", await ctx.services.submissions.submit(input));
  }

  @Mutation(() => MonthlySubmissionPayload, {
    description: "MDS-3: marks rows with reasons and sends the submission back to the province.",
  })
  async requestSubmissionCorrection(
    @Arg("input", () => RequestSubmissionCorrectionInput, { description: MUTATION_INPUT }) input: RequestSubmissionCorrectionInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return payloadOf("submission", await ctx.services.submissions.requestCorrection(input));
  }

  @Mutation(() => MonthlySubmissionPayload, {
    description:
      "MDS-7: the unit corrects a handed-in submission itself: a new revision, recorded in the history as its correction; the province is told.",
  })
  async correctMonthlySubmission(
    @Arg("input", () => CorrectMonthlySubmissionInput, { description: MUTATION_INPUT }) input: CorrectMonthlySubmissionInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return payloadOf("submission", await ctx.services.submissions.correct(input));
  }

  @Mutation(() => MonthlySubmissionPayload, {
    description: "The unit accepts a submission; its data then counts in the consolidation (MDS-3, MDS-5).",
  })
  async acceptMonthlySubmission(
    @Arg("input", () => AcceptMonthlySubmissionInput, { description: MUTATION_INPUT }) input: AcceptMonthlySubmissionInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return payloadOf("submission", await ctx.services.submissions.accept(input));
  }

  @Mutation(() => ExportMonthlyConsolidationPayload, {
    description: "MDS-5: a link (valid 5 minutes) to the consolidated period as CSV or Excel.",
  })
  async exportMonthlyConsolidation(
    @Arg("input", () => ExportMonthlyConsolidationInput, { description: MUTATION_INPUT }) input: ExportMonthlyConsolidationInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return payloadOf("link", await ctx.services.submissions.exportLink(input));
  }

  @Mutation(() => SubmissionDispatchPayload, {
    description: "MDS-6: records the dispatch to HSGM (or another ministry) with its letter; idempotent.",
  })
  async recordSubmissionDispatch(
    @Arg("input", () => RecordSubmissionDispatchInput, { description: MUTATION_INPUT }) input: RecordSubmissionDispatchInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return payloadOf("dispatch", await ctx.services.submissions.recordDispatch(input));
  }

  @FieldResolver(() => ID, { description: "Opaque global ID of the submission." })
  id(@Root() submission: MdsSubmissionRow) {
    return toGlobalId("MonthlySubmission", submission.id);
  }

  @FieldResolver(() => Province)
  province(@Root() submission: MdsSubmissionRow, @Ctx() ctx: GraphQLContext) {
    return ctx.reference.provinces.get(submission.provinceCode);
  }

  @FieldResolver(() => [MonthlySubmissionRow])
  rows(
    @Root() submission: MdsSubmissionRow,
    @Arg("revision", () => Int, { nullable: true, description: "Which revision's rows; the current one when omitted." })
    revision: number | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.submissions.rows(submission, revision ?? submission.revision);
  }

  @FieldResolver(() => [SubmissionCorrection])
  corrections(@Root() submission: MdsSubmissionRow, @Ctx() ctx: GraphQLContext) {
    return ctx.services.submissions.corrections(submission.id);
  }

  @FieldResolver(() => [SubmissionEvent])
  async history(@Root() submission: MdsSubmissionRow, @Ctx() ctx: GraphQLContext) {
    return (await ctx.services.submissions.history(submission.id)).map((step) => ({
      ...step,
      fromStatus: step.fromState,
      toStatus: step.toState,
      clientId: step.actorClientId,
      comment: step.note,
    }));
  }
}

@Resolver(() => MonthlySubmissionRow)
export class MonthlySubmissionRowResolver {
  @FieldResolver(() => Facility)
  facility(@Root() row: MdsRow, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.facilityById.load(row.facilityId);
  }
}

@Resolver(() => SubmissionCorrection)
export class SubmissionCorrectionResolver {
  @FieldResolver(() => Facility)
  facility(@Root() correction: MdsCorrectionRow, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.facilityById.load(correction.facilityId);
  }
}

@Resolver(() => ProvincePeriodStatus)
export class ProvincePeriodStatusResolver {
  @FieldResolver(() => Province)
  province(@Root() status: { provinceCode: string }, @Ctx() ctx: GraphQLContext) {
    return ctx.reference.provinces.get(status.provinceCode);
  }
}

@Resolver(() => ProvinceMetricChange)
export class ProvinceMetricChangeResolver {
  @FieldResolver(() => Province)
  province(@Root() change: { provinceCode: string }, @Ctx() ctx: GraphQLContext) {
    return ctx.reference.provinces.get(change.provinceCode);
  }
}
