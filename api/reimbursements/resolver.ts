import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { DateTimeISOResolver } from "graphql-scalars";
import type { CoefficientRow, ReimbursementClaimRow } from "../../drizzle/schema/index.js";
import { CONNECTION_FILTER, ConnectionArgs, Money, MUTATION_INPUT } from "../../schema/common.js";
import { Facility } from "../../schema/facilities.js";
import { Patient } from "../../schema/patients.js";
import { Referral } from "../../schema/referrals.js";
import { SetSettlementAreaInput, SettlementAreaPayload, SettlementAreaVersion } from "../../schema/geography.js";
import { LocalDate } from "../../schema/local-date.js";
import { NearestTertiaryFacility, PreReferralCheck } from "../../schema/pre-referral.js";
import {
  CivilServantCoefficient,
  CivilServantCoefficientGap,
  CivilServantCoefficientPayload,
  RecordSgkInsuranceStatusInput,
  RoadDistance,
  RoadDistancePayload,
  SetRoadDistanceInput,
  SgkInsuranceStatus,
  SgkInsuranceStatusPayload,
  RecordReimbursementPaymentInput,
  RegularFareTariff,
  RegularFareTariffPayload,
  RejectReimbursementClaimInput,
  ReimbursementClaim,
  ReimbursementClaimConnection,
  ReimbursementClaimFilter,
  ReimbursementClaimHistoryEntry,
  ReimbursementClaimPayload,
  ReimbursementClaimStepInput,
  ReimbursementLine,
  ReimbursementQuote,
  ReimbursementQuoteInput,
  ReimbursementSettings,
  ReimbursementSettingsPayload,
  ReimbursementStatement,
  SetCivilServantCoefficientInput,
  SetRegularFareTariffInput,
  SubmitReimbursementClaimInput,
  UpdateReimbursementSettingsInput,
} from "../../schema/reimbursements.js";
import type { GraphQLContext } from "../context.js";
import type { VersionedSettings } from "../platform/conventions/settings.js";
import { toGlobalId } from "../platform/conventions/global-id.js";
import { connectionOf } from "../platform/conventions/pagination.js";
import { payloadOf } from "../platform/conventions/payload.js";
import { formatCoefficient } from "./money.js";
import type { FareTariff, Statement, StatementLine } from "./rules/facts.js";
import type { PreReferralCheck as PreReferralCheckValue } from "./pre-referral.js";
import type { ReimbursementSettingsValue } from "./reference-tables.js";

const lira = (amountMinor: number): Money => ({ amountMinor, currency: "TRY" });
const settingsOf = ({ value, version }: VersionedSettings<ReimbursementSettingsValue>) => ({
  ...value.deadlines,
  ...value.conditions,
  version,
});
const coefficientOf = (row: CoefficientRow) => ({ ...row, coefficient: formatCoefficient(row.coefficientMillionths) });
const tariffOf = (tariff: FareTariff & { source: string }) => ({
  ...tariff,
  bands: tariff.bands.map((b) => ({ ...b, fare: lira(b.fareMinor) })),
});

@Resolver(() => ReimbursementClaim)
export class ReimbursementResolver {
  @Query(() => ReimbursementQuote, {
    description: "What SGK would pay (REIMB-1..10) for a stored referral or explicit facts: an itemised statement; writes nothing.",
  })
  reimbursementQuote(
    @Arg("input", () => ReimbursementQuoteInput, { description: "The facts to calculate." }) input: ReimbursementQuoteInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.reimbursements.calculator.quote(input);
  }

  @Query(() => ReimbursementClaim, { description: "One claim by global ID, if your scope may see it." })
  reimbursementClaim(@Arg("id", () => ID, { description: "Global ID of the claim." }) id: string, @Ctx() ctx: GraphQLContext) {
    return ctx.services.reimbursements.reads.get(id);
  }

  @Query(() => ReimbursementClaimConnection, { description: "SGK's claims (oldest first); a portal's person sees their own." })
  async reimbursementClaims(
    @Arg("filter", () => ReimbursementClaimFilter, { description: CONNECTION_FILTER, nullable: true })
    filter: ReimbursementClaimFilter | null,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() ctx: GraphQLContext,
  ) {
    return connectionOf(await ctx.services.reimbursements.reads.list(filter ?? {}, args));
  }

  @Query(() => [CivilServantCoefficient], { description: "REIMB-8: the coefficient's validity periods." })
  async civilServantCoefficients(@Ctx() ctx: GraphQLContext) {
    return (await ctx.services.reimbursements.tables.coefficients()).map(coefficientOf);
  }

  @Query(() => [RegularFareTariff], { description: "REIMB-5: the regular fare tariffs by km band." })
  async regularFareTariffs(@Ctx() ctx: GraphQLContext) {
    return (await ctx.services.reimbursements.tables.tariffs()).map(tariffOf);
  }

  @Query(() => ReimbursementSettings, { description: "REIMB-10's limits as configured now." })
  async reimbursementSettings(@Ctx() ctx: GraphQLContext) {
    return settingsOf(await ctx.services.reimbursements.tables.settings());
  }

  @Mutation(() => ReimbursementSettingsPayload, {
    description: "Sets REIMB-10's limits in business days and the condition lists of REIMB-2 and REIMB-4.",
  })
  async updateReimbursementSettings(
    @Arg("input", () => UpdateReimbursementSettingsInput, { description: MUTATION_INPUT }) input: UpdateReimbursementSettingsInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    const result = await ctx.services.reimbursements.tables.updateSettings(input);
    return { settings: result.value && settingsOf(result.value), userErrors: result.userErrors };
  }

  @Query(() => [CivilServantCoefficientGap], {
    description:
      "REIMB-14: half-years since 2021 up to the one starting within `withinDays` that some day lacks a coefficient; for the coordination unit and SGK.",
  })
  civilServantCoefficientGaps(
    @Arg("withinDays", () => Int, { defaultValue: 30, description: "How far ahead to look, in days (0–366)." }) withinDays: number,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.reimbursements.tables.coefficientGaps(withinDays);
  }

  @Query(() => SgkInsuranceStatus, { description: "REIMB-12: a patient's SGK insurance on a day (today by default), with its history." })
  sgkInsuranceStatus(
    @Arg("patientId", () => ID, { description: "The patient." }) patientId: string,
    @Arg("on", () => LocalDate, { nullable: true, description: "The day; today when omitted." }) on: string | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.reimbursements.insurance.insuranceStatus(patientId, on ?? null);
  }

  @Mutation(() => SgkInsuranceStatusPayload, { description: "REIMB-12: SGK records a patient's insurance status from a day on." })
  async recordSgkInsuranceStatus(
    @Arg("input", () => RecordSgkInsuranceStatusInput, { description: MUTATION_INPUT }) input: RecordSgkInsuranceStatusInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return payloadOf("status", await ctx.services.reimbursements.insurance.recordInsuranceStatus(input));
  }

  @Query(() => RoadDistance, {
    description: "REIMB-13: the road distance between two settlement areas on a day (today by default): published, SGK-set or estimated.",
  })
  roadDistance(
    @Arg("fromAreaCode", () => String, { description: "One settlement area's code." }) fromAreaCode: string,
    @Arg("toAreaCode", () => String, { description: "The other settlement area's code." }) toAreaCode: string,
    @Arg("on", () => LocalDate, { nullable: true, description: "The day; today when omitted." }) on: string | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.reimbursements.referenceData.roadDistance(fromAreaCode, toAreaCode, on ?? null);
  }

  @Mutation(() => RoadDistancePayload, { description: "REIMB-13: SGK sets a pair's road distance from a day on." })
  async setRoadDistance(
    @Arg("input", () => SetRoadDistanceInput, { description: MUTATION_INPUT }) input: SetRoadDistanceInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return payloadOf("distance", await ctx.services.reimbursements.referenceData.setRoadDistance(input));
  }

  @Mutation(() => SettlementAreaPayload, { description: "REIMB-13: SGK adds or changes a settlement area; every version is kept." })
  async setSettlementArea(
    @Arg("input", () => SetSettlementAreaInput, { description: MUTATION_INPUT }) input: SetSettlementAreaInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return payloadOf("settlementArea", await ctx.services.reimbursements.referenceData.setSettlementArea(input));
  }

  @Query(() => [SettlementAreaVersion], { description: "REIMB-13: every version of a settlement area, oldest first." })
  settlementAreaHistory(
    @Arg("code", () => String, { description: "The area code, e.g. 01-02." }) code: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.reimbursements.referenceData.settlementAreaHistory(code);
  }

  @Mutation(() => CivilServantCoefficientPayload, { description: "REIMB-8: SGK adds a coefficient period." })
  async setCivilServantCoefficient(
    @Arg("input", () => SetCivilServantCoefficientInput, { description: MUTATION_INPUT }) input: SetCivilServantCoefficientInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    const result = await ctx.services.reimbursements.tables.setCoefficient(input);
    return { coefficient: result.value && coefficientOf(result.value), userErrors: result.userErrors };
  }

  @Mutation(() => RegularFareTariffPayload, { description: "REIMB-5: SGK adds a regular fare tariff." })
  async setRegularFareTariff(
    @Arg("input", () => SetRegularFareTariffInput, { description: MUTATION_INPUT }) input: SetRegularFareTariffInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    const result = await ctx.services.reimbursements.tables.setTariff(input);
    return { tariff: result.value && tariffOf(result.value), userErrors: result.userErrors };
  }

  @Mutation(() => ReimbursementClaimPayload, {
    description: "SGK records a claim from a referral (by post or in person) and calculates it; idempotent.",
  })
  async submitReimbursementClaim(
    @Arg("input", () => SubmitReimbursementClaimInput, { description: MUTATION_INPUT }) input: SubmitReimbursementClaimInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return payloadOf("claim", await ctx.services.reimbursements.claims.submit(input));
  }

  @Mutation(() => ReimbursementClaimPayload, { description: "Calculates the claim again from its facts and today's reference tables." })
  async calculateReimbursementClaim(
    @Arg("input", () => ReimbursementClaimStepInput, { description: MUTATION_INPUT }) input: ReimbursementClaimStepInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return payloadOf("claim", await ctx.services.reimbursements.claims.calculate(input));
  }

  @Mutation(() => ReimbursementClaimPayload, { description: "REIMB-11: approves a calculated claim for payment." })
  async approveReimbursementClaim(
    @Arg("input", () => ReimbursementClaimStepInput, { description: MUTATION_INPUT }) input: ReimbursementClaimStepInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return payloadOf("claim", await ctx.services.reimbursements.claims.approve(input));
  }

  @Mutation(() => ReimbursementClaimPayload, { description: "REIMB-11: rejects with the failing rule IDs." })
  async rejectReimbursementClaim(
    @Arg("input", () => RejectReimbursementClaimInput, { description: MUTATION_INPUT }) input: RejectReimbursementClaimInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return payloadOf("claim", await ctx.services.reimbursements.claims.reject(input));
  }

  @Mutation(() => ReimbursementClaimPayload, { description: "REIMB-11: the PTT payment of an approved claim." })
  async recordReimbursementPayment(
    @Arg("input", () => RecordReimbursementPaymentInput, { description: MUTATION_INPUT }) input: RecordReimbursementPaymentInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return payloadOf("claim", await ctx.services.reimbursements.claims.recordPayment(input));
  }

  @FieldResolver(() => ID, { description: "Opaque global ID of the claim." })
  id(@Root() claim: ReimbursementClaimRow) {
    return toGlobalId("ReimbursementClaim", claim.id);
  }

  @FieldResolver(() => Referral)
  referral(@Root() claim: ReimbursementClaimRow, @Ctx() ctx: GraphQLContext) {
    return ctx.services.reimbursements.reads.referralOf(claim);
  }

  @FieldResolver(() => Patient, { nullable: true })
  patient(@Root() claim: ReimbursementClaimRow, @Ctx() ctx: GraphQLContext) {
    return ctx.services.reimbursements.reads.patientOf(claim);
  }

  @FieldResolver(() => ReimbursementStatement, { nullable: true })
  statement(@Root() claim: ReimbursementClaimRow) {
    return claim.statement as unknown as Statement | null;
  }

  @FieldResolver(() => [String])
  rejectionRules(@Root() claim: ReimbursementClaimRow) {
    return claim.rejectionRules ?? [];
  }

  @FieldResolver(() => DateTimeISOResolver)
  submittedAt(@Root() claim: ReimbursementClaimRow) {
    return claim.createdAt;
  }

  @FieldResolver(() => [ReimbursementClaimHistoryEntry])
  async history(@Root() claim: ReimbursementClaimRow, @Ctx() ctx: GraphQLContext) {
    return (await ctx.services.reimbursements.reads.history(claim.id)).map((step) => ({
      ...step,
      fromStatus: step.fromState,
      toStatus: step.toState,
      role: step.actorRole,
      clientId: step.actorClientId,
      comment: step.note,
    }));
  }
}

@Resolver(() => ReimbursementStatement)
export class ReimbursementStatementResolver {
  @FieldResolver(() => Facility)
  travelPaidToFacility(@Root() statement: Statement, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.facilityById.load(statement.travelPaidToFacilityId);
  }

  @FieldResolver(() => Money)
  patientTotal(@Root() statement: Statement) {
    return lira(statement.patientTotalMinor);
  }

  @FieldResolver(() => Money)
  companionTotal(@Root() statement: Statement) {
    return lira(statement.companionTotalMinor);
  }

  @FieldResolver(() => Money)
  total(@Root() statement: Statement) {
    return lira(statement.totalMinor);
  }
}

@Resolver(() => ReimbursementLine)
export class ReimbursementLineResolver {
  @FieldResolver(() => Facility)
  paidToFacility(@Root() line: StatementLine, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.facilityById.load(line.paidToFacilityId);
  }

  @FieldResolver(() => Money)
  unitAmount(@Root() line: StatementLine) {
    return lira(line.unitMinor);
  }

  @FieldResolver(() => Money)
  amount(@Root() line: StatementLine) {
    return lira(line.amountMinor);
  }
}

@Resolver(() => PreReferralCheck)
export class PreReferralCheckResolver {
  @FieldResolver(() => NearestTertiaryFacility, { nullable: true })
  async nearestTertiary(@Root() check: PreReferralCheckValue, @Ctx() ctx: GraphQLContext) {
    const nearest = check.nearestTertiary;
    if (!nearest) return null;
    return {
      facility: await ctx.loaders.facilityById.load(nearest.facility.id),
      distanceKm: nearest.distance.km,
      distanceEstimated: nearest.distance.estimated,
    };
  }
}
