import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import type { DistrictRow, ProvinceRow, SettlementAreaRow } from "../../drizzle/schema/index.js";
import { ConnectionArgs, MUTATION_INPUT } from "../../schema/common.js";
import {
  District,
  Province,
  ProvinceConnection,
  PublicHoliday,
  PublicHolidaysPayload,
  SetPublicHolidaysInput,
  SettlementArea,
} from "../../schema/geography.js";
import type { GraphQLContext } from "../context.js";
import { toGlobalId } from "../platform/conventions/global-id.js";
import { connectionOf } from "../platform/conventions/pagination.js";

@Resolver(() => Province)
export class ProvinceResolver {
  @Query(() => ProvinceConnection, { description: "The 81 provinces, by plate code." })
  provinces(@Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: GraphQLContext) {
    return connectionOf(ctx.services.geography.provinces(args));
  }

  @Query(() => Province, { description: 'A province by plate code, e.g. "01" for Adana.' })
  province(@Arg("code", () => String, { description: "Plate code, 01 to 81." }) code: string, @Ctx() ctx: GraphQLContext) {
    return ctx.services.geography.province(code);
  }

  @Query(() => [PublicHoliday], {
    description: "A country's public holidays in a year: business-day deadlines skip them (REIMB-10, KZ-7).",
  })
  publicHolidays(
    @Arg("countryCode", () => String, { description: "Country, ISO 3166-1 alpha-2: TR (default) or KZ.", defaultValue: "TR" })
    countryCode: string,
    @Arg("year", () => Int, { description: "Calendar year, e.g. 2026." }) year: number,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.geography.holidays(countryCode, year);
  }

  @Mutation(() => PublicHolidaysPayload, {
    description: "Replaces a country's holidays of one year; the coordination unit keeps the calendar.",
  })
  async setPublicHolidays(
    @Arg("input", () => SetPublicHolidaysInput, { description: MUTATION_INPUT }) input: SetPublicHolidaysInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    const result = await ctx.services.geography.setHolidays(input);
    return { holidays: result.value, userErrors: result.userErrors };
  }

  @FieldResolver(() => ID, { description: "Opaque global ID of the province." })
  id(@Root() province: ProvinceRow) {
    return toGlobalId("Province", province.code);
  }

  @FieldResolver(() => [SettlementArea])
  settlementAreas(@Root() province: ProvinceRow, @Ctx() ctx: GraphQLContext) {
    return ctx.reference.settlementAreasByProvince.get(province.code) ?? [];
  }

  @FieldResolver(() => [District])
  districts(@Root() province: ProvinceRow, @Ctx() ctx: GraphQLContext) {
    return ctx.reference.districtsByProvince.get(province.code) ?? [];
  }
}

@Resolver(() => SettlementArea)
export class SettlementAreaResolver {
  @FieldResolver(() => Province)
  province(@Root() area: SettlementAreaRow, @Ctx() ctx: GraphQLContext) {
    return ctx.reference.provinces.get(area.provinceCode);
  }
}

@Resolver(() => District)
export class DistrictResolver {
  @FieldResolver(() => SettlementArea)
  settlementArea(@Root() district: DistrictRow, @Ctx() ctx: GraphQLContext) {
    return ctx.reference.settlementAreas.get(district.settlementAreaCode);
  }
}
