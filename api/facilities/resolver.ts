import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import type { FacilityRow } from "../../drizzle/schema/index.js";
import { CONNECTION_FILTER, ConnectionArgs, MUTATION_INPUT } from "../../schema/common.js";
import {
  BedCapacity,
  Clinic,
  CreateFacilityInput,
  Facility,
  FacilityConnection,
  FacilityFilter,
  FacilityLevel,
  FacilityPayload,
  FreeBedConnection,
  FreeBedFilter,
  ReportBedOccupancyInput,
  GeoPoint,
  UpdateFacilityInput,
  levelNames,
} from "../../schema/facilities.js";
import { District, Province, SettlementArea } from "../../schema/geography.js";
import type { GraphQLContext } from "../context.js";
import { toGlobalId } from "../platform/conventions/global-id.js";
import { connectionOf } from "../platform/conventions/pagination.js";
import { payloadOf } from "../platform/conventions/payload.js";
import { levelOfKind } from "./rules.js";

const levelNumbers = { PRIMARY: 1, SECONDARY: 2, TERTIARY: 3 } as const;

/** The columns read by the Facility fields that have a resolver below (a field named like a column reads that column). */
export const facilityFieldColumns = {
  id: ["id"],
  level: ["kind"],
  province: ["provinceCode"],
  settlementArea: ["settlementAreaCode"],
  district: ["districtId"],
  location: ["latitude", "longitude"],
  clinics: ["id"],
  bedCapacities: ["id"],
};

@Resolver(() => Facility)
export class FacilityResolver {
  @Query(() => FacilityConnection, { description: "Facilities ordered by ministry code, filtered." })
  facilities(
    @Arg("filter", () => FacilityFilter, { description: CONNECTION_FILTER, nullable: true }) filter: FacilityFilter | null,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() ctx: GraphQLContext,
  ) {
    const query = { ...filter, level: filter?.level ? levelNumbers[filter.level] : null };
    return ctx.services.facilities.list(query, args).then((page) => connectionOf(page));
  }

  @Query(() => Facility, { description: "One facility by global ID; null when there is none." })
  facility(@Arg("id", () => ID, { description: "Global ID of the facility." }) id: string, @Ctx() ctx: GraphQLContext) {
    return ctx.services.facilities.get(id);
  }

  @Query(() => Facility, { nullable: true, description: "A facility by its ministry code." })
  facilityByCode(
    @Arg("code", () => String, { description: "Ministry facility code, e.g. 101101." }) code: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.facilities.getByCode(code);
  }

  @Mutation(() => FacilityPayload, {
    description: "Registers a facility (FAC-1 to FAC-3); a provincial directorate only in its own province.",
  })
  async createFacility(
    @Arg("input", () => CreateFacilityInput, { description: MUTATION_INPUT }) input: CreateFacilityInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return payloadOf("facility", await ctx.services.facilities.create(input));
  }

  @Query(() => FreeBedConnection, {
    description:
      "ER-8: free beds of a type, nearest first, in a province or countrywide (the national crisis centre's search); stale figures are marked. For 112, the crisis centres, the coordination unit and auditors.",
  })
  async freeBeds(
    @Arg("filter", () => FreeBedFilter, { description: "The bed type, the province (or none: countrywide) and where to measure from." })
    filter: FreeBedFilter,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() ctx: GraphQLContext,
  ) {
    return connectionOf(await ctx.services.facilities.freeBeds(filter, args));
  }

  @Mutation(() => FacilityPayload, {
    description: "ER-8: a hospital reports its free beds by type as of a time (its occupancy feed). For the hospital itself.",
  })
  async reportBedOccupancy(
    @Arg("input", () => ReportBedOccupancyInput, { description: "The facility, the time counted and the free beds per type." })
    input: ReportBedOccupancyInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return payloadOf("facility", await ctx.services.facilities.reportOccupancy(input));
  }

  @Mutation(() => FacilityPayload, {
    description: "Changes a facility's name, clinics, beds, unit or location; a hospital only its own, a directorate only in its province.",
  })
  async updateFacility(
    @Arg("input", () => UpdateFacilityInput, { description: MUTATION_INPUT }) input: UpdateFacilityInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return payloadOf("facility", await ctx.services.facilities.update(input));
  }

  @FieldResolver(() => ID, { description: "Opaque global ID of the facility; use `code` as the business key." })
  id(@Root() facility: FacilityRow) {
    return toGlobalId("Facility", facility.id);
  }

  @FieldResolver(() => FacilityLevel)
  level(@Root() facility: FacilityRow) {
    return levelNames[levelOfKind[facility.kind]];
  }

  @FieldResolver(() => Province, { nullable: true })
  province(@Root() facility: FacilityRow, @Ctx() ctx: GraphQLContext) {
    return facility.provinceCode ? ctx.reference.provinces.get(facility.provinceCode) : null;
  }

  @FieldResolver(() => SettlementArea, { nullable: true })
  settlementArea(@Root() facility: FacilityRow, @Ctx() ctx: GraphQLContext) {
    return facility.settlementAreaCode ? ctx.reference.settlementAreas.get(facility.settlementAreaCode) : null;
  }

  @FieldResolver(() => District, { nullable: true })
  district(@Root() facility: FacilityRow, @Ctx() ctx: GraphQLContext) {
    return facility.districtId ? ctx.reference.districts.get(facility.districtId) : null;
  }

  @FieldResolver(() => GeoPoint, { nullable: true })
  location(@Root() facility: FacilityRow) {
    return facility.latitude != null && facility.longitude != null ? { latitude: facility.latitude, longitude: facility.longitude } : null;
  }

  @FieldResolver(() => [Clinic])
  async clinics(@Root() facility: FacilityRow, @Ctx() ctx: GraphQLContext) {
    const codes = await ctx.loaders.clinicCodesByFacilityId.load(facility.id);
    return codes.map((code) => ctx.reference.clinics.get(code));
  }

  @FieldResolver(() => [BedCapacity])
  bedCapacities(@Root() facility: FacilityRow, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.bedsByFacilityId.load(facility.id);
  }
}
