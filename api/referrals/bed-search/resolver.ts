import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import type { BedSearchRow } from "../../../drizzle/schema/index.js";
import { ConnectionArgs, MUTATION_INPUT } from "../../../schema/common.js";
import { Facility } from "../../../schema/facilities.js";
import {
  BedSearch,
  BedSearchActionInput,
  BedSearchConnection,
  BedSearchHistoryEntry,
  BedSearchLevelEntry,
  BedSearchPayload,
  Referral,
  StartBedSearchInput,
  TimeToBed,
} from "../../../schema/referrals.js";
import type { GraphQLContext } from "../../context.js";
import { badInput } from "../../platform/conventions/errors.js";
import { toGlobalId } from "../../platform/conventions/global-id.js";
import { connectionOf } from "../../platform/conventions/pagination.js";
import { payloadOf } from "../../platform/conventions/payload.js";

@Resolver(() => BedSearch)
export class BedSearchResolver {
  @Query(() => BedSearchConnection, { description: "Open searches held by your level (and province), oldest first." })
  async openBedSearches(@Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: GraphQLContext) {
    return connectionOf(await ctx.services.bedSearches.open(args));
  }

  @Query(() => BedSearch, { description: "One emergency bed search by global ID." })
  bedSearch(@Arg("id", () => ID, { description: "Global ID of the bed search." }) id: string, @Ctx() ctx: GraphQLContext) {
    return ctx.services.bedSearches.get(id);
  }

  @Query(() => [TimeToBed], { description: "ER-7: average time per level and province." })
  timeToBedReport(@Ctx() ctx: GraphQLContext) {
    return ctx.services.bedSearches.timeToBedReport();
  }

  @Mutation(() => BedSearchPayload, { description: "ER-1: an emergency referral asks for a bed of a type." })
  async startBedSearch(
    @Arg("input", () => StartBedSearchInput, { description: MUTATION_INPUT }) input: StartBedSearchInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return payloadOf("search", await ctx.services.bedSearches.start(input));
  }

  @Mutation(() => BedSearchPayload, { description: "ER-6: the holding level reserves a free bed, atomically." })
  async offerBed(
    @Arg("input", () => BedSearchActionInput, { description: MUTATION_INPUT }) input: BedSearchActionInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    if (!input.facilityId) throw badInput(["input", "facilityId"], "is required to offer a bed.", "ER-6");
    return payloadOf("search", await ctx.services.bedSearches.offerBed({ ...input, facilityId: input.facilityId }));
  }

  @Mutation(() => BedSearchPayload, { description: "ER-3/ER-4: hands the search to the next level." })
  async escalateBedSearch(
    @Arg("input", () => BedSearchActionInput, { description: MUTATION_INPUT }) input: BedSearchActionInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return payloadOf("search", await ctx.services.bedSearches.escalate(input));
  }

  @Mutation(() => BedSearchPayload, { description: "ER-5: 112 performs the transfer; the search closes." })
  async completeBedTransfer(
    @Arg("input", () => BedSearchActionInput, { description: MUTATION_INPUT }) input: BedSearchActionInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return payloadOf("search", await ctx.services.bedSearches.completeTransfer(input));
  }

  @FieldResolver(() => ID, { description: "Opaque global ID of the search." })
  id(@Root() search: BedSearchRow) {
    return toGlobalId("BedSearch", search.id);
  }

  @FieldResolver(() => Referral)
  referral(@Root() search: BedSearchRow, @Ctx() ctx: GraphQLContext) {
    return ctx.services.referrals.ofSearch(search);
  }

  @FieldResolver(() => Facility, { nullable: true })
  reservedFacility(@Root() search: BedSearchRow, @Ctx() ctx: GraphQLContext) {
    return search.reservedFacilityId ? ctx.loaders.facilityById.load(search.reservedFacilityId) : null;
  }

  @FieldResolver(() => [BedSearchHistoryEntry])
  history(@Root() search: BedSearchRow, @Ctx() ctx: GraphQLContext) {
    return ctx.services.bedSearches.history(search.id);
  }

  @FieldResolver(() => [BedSearchLevelEntry])
  levels(@Root() search: BedSearchRow, @Ctx() ctx: GraphQLContext) {
    return ctx.services.bedSearches.levels(search.id);
  }
}
