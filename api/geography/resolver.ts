import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import type { DistrictRow, ProvinceRow, SettlementAreaRow } from "../../drizzle/schema/index.js";
import { ConnectionArgs } from "../../schema/common.js";
import { District, Province, ProvinceConnection, SettlementArea } from "../../schema/geography.js";
import type { GraphQLContext } from "../context.js";
import { toGlobalId } from "../platform/global-id.js";
import { connectionOf } from "../platform/pagination.js";

@Resolver(() => Province)
export class ProvinceResolver {
  @Query(() => ProvinceConnection, { description: "The 81 provinces, by plate code." })
  provinces(@Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: GraphQLContext) {
    return connectionOf(ctx.services.geography.provinces(args));
  }

  @Query(() => Province, { description: 'A province by plate code, e.g. "01" for Adana.' })
  province(@Arg("code", () => String) code: string, @Ctx() ctx: GraphQLContext) {
    return ctx.services.geography.province(code);
  }

  @FieldResolver(() => ID)
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
