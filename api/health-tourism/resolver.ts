import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import type { HtCaseRow } from "../../drizzle/schema/index.js";
import { Facility } from "../../schema/facilities.js";
import {
  HealthTourismCase,
  HealthTourismCaseConnection,
  HealthTourismCasePayload,
  HealthTourismDocument,
  HealthTourismHistoryEntry,
  OpenHealthTourismCaseInput,
  TransitionHealthTourismCaseInput,
} from "../../schema/health-tourism.js";
import { ConnectionArgs, Money, MUTATION_INPUT } from "../../schema/common.js";
import { Patient } from "../../schema/patients.js";
import type { GraphQLContext } from "../context.js";
import { toGlobalId } from "../platform/conventions/global-id.js";
import { connectionOf } from "../platform/conventions/pagination.js";

@Resolver(() => HealthTourismCase)
export class HealthTourismResolver {
  @Query(() => HealthTourismCaseConnection, { description: "The unit's cases, or those forwarded to your facility, oldest first." })
  async healthTourismCases(@Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: GraphQLContext) {
    return connectionOf(await ctx.services.healthTourism.list(args));
  }

  @Query(() => HealthTourismCase, { description: "One health-tourism case by global ID, if your scope may see it." })
  healthTourismCase(@Arg("id", () => ID, { description: "Global ID of the case." }) id: string, @Ctx() ctx: GraphQLContext) {
    return ctx.services.healthTourism.get(id);
  }

  @Mutation(() => HealthTourismCasePayload, { description: "HT-1: an inquiry received by letter, e-mail or phone." })
  async openHealthTourismCase(
    @Arg("input", () => OpenHealthTourismCaseInput, { description: MUTATION_INPUT }) input: OpenHealthTourismCaseInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    const result = await ctx.services.healthTourism.open(input);
    return { case: result.value, userErrors: result.userErrors, wouldBecome: null };
  }

  @Mutation(() => HealthTourismCasePayload, {
    description: "HT-1..8: one step; errors name the current state and the allowed ones (HT-2); dryRun writes nothing.",
  })
  async transitionHealthTourismCase(
    @Arg("input", () => TransitionHealthTourismCaseInput, { description: MUTATION_INPUT }) input: TransitionHealthTourismCaseInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    const result = await ctx.services.healthTourism.move(input);
    return { case: result.value, userErrors: result.userErrors, wouldBecome: result.wouldBecome ?? null };
  }

  @FieldResolver(() => ID, { description: "Opaque global ID of the case." })
  id(@Root() row: HtCaseRow) {
    return toGlobalId("HealthTourismCase", row.id);
  }

  @FieldResolver(() => Patient, { nullable: true })
  patient(@Root() row: HtCaseRow, @Ctx() ctx: GraphQLContext) {
    return ctx.services.patients.load(row.patientId);
  }

  @FieldResolver(() => Facility, { nullable: true })
  facility(@Root() row: HtCaseRow, @Ctx() ctx: GraphQLContext) {
    return row.facilityId ? ctx.loaders.facilityById.load(row.facilityId) : null;
  }

  @FieldResolver(() => Money, { nullable: true })
  cost(@Root() row: HtCaseRow) {
    return row.costAmountMinor !== null && row.costCurrency ? { amountMinor: row.costAmountMinor, currency: row.costCurrency } : null;
  }

  @FieldResolver(() => [HealthTourismDocument])
  documents(@Root() row: HtCaseRow, @Ctx() ctx: GraphQLContext) {
    return ctx.services.healthTourism.documents(row.id);
  }

  @FieldResolver(() => [HealthTourismHistoryEntry])
  async history(@Root() row: HtCaseRow, @Ctx() ctx: GraphQLContext) {
    // The convention's columns, and under the names the history had before it (fromStatus, toStatus, role, comment).
    return (await ctx.services.healthTourism.history(row.id)).map((step) => ({
      ...step,
      fromStatus: step.fromState,
      toStatus: step.toState,
      role: step.actorRole ?? "SYSTEM",
      comment: step.note,
    }));
  }
}
