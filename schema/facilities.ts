import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { ArrayMaxSize, IsOptional, Length, Matches, Max, Min, ValidateNested } from "class-validator";
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
