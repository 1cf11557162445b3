import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { ArrayMaxSize, ArrayMinSize, IsOptional, Length, Matches, Max, Min, ValidateNested } from "class-validator";
import { DateTimeISOResolver } from "graphql-scalars";
import { bedType, facilityKind, facilityOwnership } from "../drizzle/schema/index.js";
import { Connection, MutationPayload, Node, enumOf } from "./common.js";
import { District, Province, SettlementArea } from "./geography.js";

export const FacilityKind = enumOf(facilityKind.enumValues);
export const FacilityOwnership = enumOf(facilityOwnership.enumValues);
export const BedType = enumOf(bedType.enumValues);
export const FacilityLevel = { PRIMARY: "PRIMARY", SECONDARY: "SECONDARY", TERTIARY: "TERTIARY" } as const;
export type FacilityLevel = keyof typeof FacilityLevel;
export const levelNames: Record<1 | 2 | 3, FacilityLevel> = { 1: "PRIMARY", 2: "SECONDARY", 3: "TERTIARY" };

registerEnumType(FacilityKind, {
  name: "FacilityKind",
  description: "Kind of facility; it decides the level (FAC-1).",
});
registerEnumType(FacilityOwnership, { name: "FacilityOwnership" });
registerEnumType(BedType, { name: "BedType" });
registerEnumType(FacilityLevel, {
  name: "FacilityLevel",
  description:
    "Basamak: PRIMARY = 1 (family health centre), SECONDARY = 2 (state, private, oral-dental), TERTIARY = 3 (training & research, university, city).",
});

@ObjectType({ simpleResolvers: true, description: "A clinic or branch (e.g. cardiology, radiotherapy)." })
export class Clinic {
  @Field(() => String)
  code!: string;

  @Field(() => String, { description: "Turkish name as the ministry uses it." })
  nameTr!: string;

  @Field(() => String)
  nameEn!: string;
}

@ObjectType({ simpleResolvers: true })
export class BedCapacity {
  @Field(() => BedType)
  bedType!: keyof typeof BedType;

  @Field(() => Int)
  total!: number;

  @Field(() => Int, { description: "ER-8: beds in use as the facility last reported them (reportBedOccupancy); 0 until it reports." })
  occupied!: number;

  @Field(() => DateTimeISOResolver, {
    nullable: true,
    description: "ER-8: the time the last occupancy report was as of; null if the facility never reported.",
  })
  occupancyReportedAt!: Date | null;
}

@ObjectType({ simpleResolvers: true })
export class GeoPoint {
  @Field(() => Float)
  latitude!: number;

  @Field(() => Float)
  longitude!: number;
}

@ObjectType({
  implements: Node,
  simpleResolvers: true,
  description: "A health facility, in Türkiye or run by the ministry overseas (FAC-3).",
})
export class Facility extends Node {
  @Field(() => String, { description: "Ministry facility code: stable, use it as the business key." })
  code!: string;

  @Field(() => String)
  name!: string;

  @Field(() => FacilityKind)
  kind!: keyof typeof FacilityKind;

  @Field(() => FacilityLevel, { description: "FAC-1: derived from the kind." })
  level!: FacilityLevel;

  @Field(() => FacilityOwnership)
  ownership!: keyof typeof FacilityOwnership;

  @Field(() => String, { description: "ISO 3166-1 alpha-2; other than TR for the overseas hospitals (FAC-3)." })
  countryCode!: string;

  @Field(() => Province, { nullable: true })
  province!: Province | null;

  @Field(() => SettlementArea, { nullable: true })
  settlementArea!: SettlementArea | null;

  @Field(() => District, { nullable: true })
  district!: District | null;

  @Field(() => GeoPoint, { nullable: true })
  location!: GeoPoint | null;

  @Field(() => [Clinic])
  clinics!: Clinic[];

  @Field(() => [BedCapacity])
  bedCapacities!: BedCapacity[];

  @Field(() => Boolean, { description: "Has an International Health Tourism Unit (HT-3)." })
  hasHealthTourismUnit!: boolean;

  @Field(() => Int, { description: "Increases with every change; pass it as expectedVersion." })
  version!: number;
}

@ObjectType()
export class FacilityConnection extends Connection(Facility, "Facility") {}

@InputType()
export class FacilityFilter {
  @Field(() => String, { nullable: true, description: 'Province plate code, e.g. "01".' })
  @IsOptional()
  @Matches(/^\d{2}$/)
  provinceCode?: string | null;

  @Field(() => FacilityLevel, { nullable: true })
  level?: FacilityLevel | null;

  @Field(() => FacilityKind, { nullable: true })
  kind?: keyof typeof FacilityKind | null;

  @Field(() => String, { nullable: true, description: "Clinic code the facility must have, e.g. ONCOLOGY." })
  @IsOptional()
  @Length(1, 64)
  clinic?: string | null;

  @Field(() => Boolean, { nullable: true })
  hasHealthTourismUnit?: boolean | null;

  @Field(() => String, { nullable: true, description: "ISO country code; anything but TR lists overseas hospitals." })
  @IsOptional()
  @Matches(/^[A-Z]{2}$/)
  countryCode?: string | null;
}

@InputType()
export class BedCapacityInput {
  @Field(() => BedType)
  bedType!: keyof typeof BedType;

  @Field(() => Int)
  @Min(0)
  @Max(100_000)
  total!: number;
}

@InputType()
export class GeoPointInput {
  @Field(() => Float)
  @Min(-90)
  @Max(90)
  latitude!: number;

  @Field(() => Float)
  @Min(-180)
  @Max(180)
  longitude!: number;
}

@InputType()
export class CreateFacilityInput {
  @Field(() => String, { description: "Ministry facility code (4 to 12 digits)." })
  @Matches(/^\d{4,12}$/)
  code!: string;

  @Field(() => String)
  @Length(3, 200)
  name!: string;

  @Field(() => FacilityKind)
  kind!: keyof typeof FacilityKind;

  @Field(() => FacilityOwnership)
  ownership!: keyof typeof FacilityOwnership;

  @Field(() => String, { defaultValue: "TR" })
  @Matches(/^[A-Z]{2}$/)
  countryCode!: string;

  @Field(() => String, { nullable: true })
  provinceCode?: string | null;

  @Field(() => String, { nullable: true })
  settlementAreaCode?: string | null;

  @Field(() => String, { nullable: true, description: "District name within the province." })
  district?: string | null;

  @Field(() => GeoPointInput, { nullable: true })
  @ValidateNested()
  location?: GeoPointInput | null;

  @Field(() => [String], { defaultValue: [] })
  @ArrayMaxSize(100)
  clinics!: string[];

  @Field(() => [BedCapacityInput], { defaultValue: [] })
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  bedCapacities!: BedCapacityInput[];

  @Field(() => Boolean, { defaultValue: false })
  hasHealthTourismUnit!: boolean;

  @Field(() => String, { nullable: true, description: "A retry with the same key returns the first result." })
  @IsOptional()
  @Length(8, 128)
  idempotencyKey?: string | null;
}

@InputType({ description: "Changes to a facility; omitted fields stay as they are." })
export class UpdateFacilityInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: "The version you read; a stale one is refused with CONFLICT." })
  @Min(1)
  expectedVersion!: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(3, 200)
  name?: string | null;

  @Field(() => [String], { nullable: true, description: "The complete new clinic list." })
  @IsOptional()
  @ArrayMaxSize(100)
  clinics?: string[] | null;

  @Field(() => [BedCapacityInput], { nullable: true, description: "The complete new bed capacity list." })
  @IsOptional()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  bedCapacities?: BedCapacityInput[] | null;

  @Field(() => Boolean, { nullable: true })
  hasHealthTourismUnit?: boolean | null;

  @Field(() => GeoPointInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  location?: GeoPointInput | null;
}

@ObjectType()
export class FacilityPayload extends MutationPayload {
  @Field(() => Facility, { nullable: true })
  facility!: Facility | null;
}

@InputType({ description: "ER-8: the free beds of one type as the hospital counts them." })
export class BedOccupancyInput {
  @Field(() => BedType, { description: "A bed type of the facility's capacity." })
  bedType!: keyof typeof BedType;

  @Field(() => Int, { description: "Empty beds of the type now (at most the capacity's total)." })
  @Min(0)
  @Max(100_000)
  free!: number;
}

@InputType({ description: "ER-8: a hospital's occupancy feed: its free beds by type, as of a time." })
export class ReportBedOccupancyInput {
  @Field(() => ID, { description: "The reporting facility (a hospital reports its own)." })
  facilityId!: string;

  @Field(() => DateTimeISOResolver, { description: "When the hospital counted: not in the future, not older than its last report." })
  reportedAt!: Date;

  @Field(() => [BedOccupancyInput], { description: "One entry per bed type reported; types left out keep their last report." })
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  beds!: BedOccupancyInput[];
}

@InputType({ description: "ER-8: which free beds to find, and where to measure nearness from." })
export class FreeBedFilter {
  @Field(() => BedType, { description: "The bed type needed (ER-1)." })
  bedType!: keyof typeof BedType;

  @Field(() => String, {
    nullable: true,
    description:
      'Province plate code, e.g. "06". 112 and the provincial crisis centre name one (any province: ER-2, ER-3); omitted, the search is countrywide (national crisis centre, ER-4).',
  })
  @IsOptional()
  @Matches(/^\d{2}$/)
  provinceCode?: string | null;

  @Field(() => GeoPointInput, { nullable: true, description: "Measure distance from this point (give this or nearFacilityId)." })
  @IsOptional()
  @ValidateNested()
  near?: GeoPointInput | null;

  @Field(() => ID, { nullable: true, description: "Measure distance from this facility, e.g. the referring hospital." })
  nearFacilityId?: string | null;
}

@ObjectType({ simpleResolvers: true, description: "ER-8: a facility's free beds of one type, nearest first in a free-bed search." })
export class FreeBed {
  @Field(() => Facility, { description: "The facility with the beds." })
  facility!: Facility;

  @Field(() => BedType, { description: "The bed type searched for." })
  bedType!: keyof typeof BedType;

  @Field(() => Int, { description: "Capacity of the type." })
  total!: number;

  @Field(() => Int, { description: "In use as last reported." })
  occupied!: number;

  @Field(() => Int, { description: "Held for bed searches (ER-6) and not yet in the facility's report." })
  held!: number;

  @Field(() => Int, { description: "total − occupied − held: what can be offered now." })
  free!: number;

  @Field(() => DateTimeISOResolver, { nullable: true, description: "As of when the occupancy was reported; null if never." })
  reportedAt!: Date | null;

  @Field(() => Boolean, { description: "The figures are older than 60 minutes (or were never reported): call before relying on them." })
  stale!: boolean;

  @Field(() => Float, { description: "Great-circle distance in km from the search's point, to 0.1 km." })
  distanceKm!: number;
}

@ObjectType({ description: "Free beds, nearest first." })
export class FreeBedConnection extends Connection(FreeBed, "FreeBed") {}
