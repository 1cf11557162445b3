import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { ArrayMaxSize, ArrayMinSize, IsOptional, Length, Matches, Max, Min, ValidateNested } from "class-validator";
import { DateTimeISOResolver } from "graphql-scalars";
import { bedType, facilityKind, facilityOwnership } from "../drizzle/schema/index.js";
import {
  Connection,
  connectionOf,
  enumOf,
  EXPECTED_VERSION,
  IDEMPOTENCY_KEY,
  MutationPayload,
  Node,
  PAYLOAD_OBJECT,
  payloadOf,
  VERSION,
} from "./common.js";
import { District, Province, SettlementArea } from "./geography.js";

export const FacilityKind = enumOf(facilityKind.enumValues);
export const FacilityOwnership = enumOf(facilityOwnership.enumValues);
export const BedType = enumOf(bedType.enumValues);
export const FacilityLevel = { PRIMARY: "PRIMARY", SECONDARY: "SECONDARY", TERTIARY: "TERTIARY" } as const;
export type FacilityLevel = keyof typeof FacilityLevel;
export const levelNames: Record<1 | 2 | 3, FacilityLevel> = { 1: "PRIMARY", 2: "SECONDARY", 3: "TERTIARY" };

registerEnumType(FacilityKind, {
  valuesConfig: {
    FAMILY_HEALTH_CENTRE: { description: "Family health centre (aile sağlığı merkezi, ASM): level 1." },
    STATE_HOSPITAL: { description: "State hospital (devlet hastanesi): level 2." },
    PRIVATE_HOSPITAL: { description: "Private hospital: level 2." },
    ORAL_DENTAL_CENTRE: { description: "Oral and dental health centre: level 2." },
    OCCUPATIONAL_DISEASE_HOSPITAL: {
      description: "Occupational-disease hospital: level 2; its occupational-disease referrals are paid in full (REIMB-4).",
    },
    TRAINING_RESEARCH_HOSPITAL: { description: "Training and research hospital (eğitim ve araştırma hastanesi): level 3." },
    UNIVERSITY_HOSPITAL: { description: "University hospital: level 3." },
    CITY_HOSPITAL: { description: "City hospital (şehir hastanesi): level 3." },
  },
  name: "FacilityKind",
  description: "Kind of facility; it decides the level (FAC-1).",
});
registerEnumType(FacilityOwnership, {
  valuesConfig: {
    PUBLIC: { description: "Run by the Ministry of Health." },
    PRIVATE: { description: "Privately owned." },
    UNIVERSITY: { description: "Run by a university." },
  },
  description: "Who runs the facility.",
  name: "FacilityOwnership",
});
registerEnumType(BedType, {
  valuesConfig: {
    GENERAL: { description: "General ward bed." },
    ICU_ADULT: { description: "Adult intensive-care bed." },
    ICU_PAEDIATRIC: { description: "Paediatric intensive-care bed." },
    ICU_NEONATAL: { description: "Neonatal intensive-care bed." },
    ICU_CORONARY: { description: "Coronary intensive-care bed." },
    BURN: { description: "Burn-unit bed." },
    PSYCHIATRIC: { description: "Psychiatric bed." },
  },
  description: "Bed types of a facility's capacity (FAC-2) and of an emergency bed search (ER-1).",
  name: "BedType",
});
registerEnumType(FacilityLevel, {
  valuesConfig: {
    PRIMARY: { description: "Level 1 (birinci basamak): family health centres. Referrals they issue are not reimbursed (REIMB-2)." },
    SECONDARY: { description: "Level 2 (ikinci basamak): state, private, oral-dental and occupational-disease hospitals." },
    TERTIARY: {
      description: "Level 3 (üçüncü basamak): training & research, university and city hospitals (REIMB-3 pays travel to the nearest one).",
    },
  },
  name: "FacilityLevel",
  description:
    "Basamak: PRIMARY = 1 (family health centre), SECONDARY = 2 (state, private, oral-dental), TERTIARY = 3 (training & research, university, city).",
});

@ObjectType({ simpleResolvers: true, description: "A clinic or branch (e.g. cardiology, radiotherapy)." })
export class Clinic {
  @Field(() => String, { description: "Stable clinic (branch) code, e.g. CARDIOLOGY, ONCOLOGY, RADIOTHERAPY." })
  code!: string;

  @Field(() => String, { description: "Turkish name as the ministry uses it." })
  nameTr!: string;

  @Field(() => String, { description: "English name of the clinic." })
  nameEn!: string;
}

@ObjectType({
  simpleResolvers: true,
  description: "Beds of one type at a facility (FAC-2); the emergency bed search reserves from them (ER-6).",
})
export class BedCapacity {
  @Field(() => BedType, { description: "The type of bed." })
  bedType!: keyof typeof BedType;

  @Field(() => Int, { description: "Number of beds of this type, 0 or more." })
  total!: number;

  @Field(() => Int, { description: "ER-8: beds in use as the facility last reported them (reportBedOccupancy); 0 until it reports." })
  occupied!: number;

  @Field(() => DateTimeISOResolver, {
    nullable: true,
    description: "ER-8: the time the last occupancy report was as of; null if the facility never reported.",
  })
  occupancyReportedAt!: Date | null;
}

@ObjectType({ simpleResolvers: true, description: "WGS 84 coordinates in decimal degrees." })
export class GeoPoint {
  @Field(() => Float, { description: "Latitude in decimal degrees, -90 to 90." })
  latitude!: number;

  @Field(() => Float, { description: "Longitude in decimal degrees, -180 to 180." })
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

  @Field(() => String, { description: "Official name, in Turkish (or the overseas hospital's own name)." })
  name!: string;

  @Field(() => FacilityKind, { description: "Kind of facility; decides its level (FAC-1)." })
  kind!: keyof typeof FacilityKind;

  @Field(() => FacilityLevel, { description: "FAC-1: derived from the kind." })
  level!: FacilityLevel;

  @Field(() => FacilityOwnership, { description: "Public, private or university." })
  ownership!: keyof typeof FacilityOwnership;

  @Field(() => String, { description: "ISO 3166-1 alpha-2; other than TR for the overseas hospitals (FAC-3)." })
  countryCode!: string;

  @Field(() => Province, { description: "Province of a Turkish facility; null for overseas facilities (FAC-3).", nullable: true })
  province!: Province | null;

  @Field(() => SettlementArea, {
    description: "Settlement area (municipality or metropolitan adjacent area) used by REF-1 and REIMB-1; null overseas.",
    nullable: true,
  })
  settlementArea!: SettlementArea | null;

  @Field(() => District, { description: "District (ilçe); null when unknown or overseas.", nullable: true })
  district!: District | null;

  @Field(() => GeoPoint, { description: "Coordinates, used for distances (REIMB-3); null when unknown.", nullable: true })
  location!: GeoPoint | null;

  @Field(() => [Clinic], { description: "Clinics and branches it offers (FAC-2)." })
  clinics!: Clinic[];

  @Field(() => [BedCapacity], { description: "Bed capacity by bed type (FAC-2)." })
  bedCapacities!: BedCapacity[];

  @Field(() => Boolean, { description: "Has an International Health Tourism Unit (HT-3)." })
  hasHealthTourismUnit!: boolean;

  @Field(() => Int, { description: VERSION })
  version!: number;
}

@ObjectType({ description: connectionOf("facilities") })
export class FacilityConnection extends Connection(Facility, "Facility") {}

@InputType({ description: "Narrows the facility list; every given field must match." })
export class FacilityFilter {
  @Field(() => String, { nullable: true, description: 'Province plate code, e.g. "01".' })
  @IsOptional()
  @Matches(/^\d{2}$/)
  provinceCode?: string | null;

  @Field(() => FacilityLevel, { description: "Only facilities of this level (FAC-1).", nullable: true })
  level?: FacilityLevel | null;

  @Field(() => FacilityKind, { description: "Only facilities of this kind.", nullable: true })
  kind?: keyof typeof FacilityKind | null;

  @Field(() => String, { nullable: true, description: "Clinic code the facility must have, e.g. ONCOLOGY." })
  @IsOptional()
  @Length(1, 64)
  clinic?: string | null;

  @Field(() => Boolean, {
    description: "Only facilities with (true) or without (false) an International Health Tourism Unit.",
    nullable: true,
  })
  hasHealthTourismUnit?: boolean | null;

  @Field(() => String, { nullable: true, description: "ISO country code; anything but TR lists overseas hospitals." })
  @IsOptional()
  @Matches(/^[A-Z]{2}$/)
  countryCode?: string | null;
}

@InputType({ description: "Beds of one type (FAC-2)." })
export class BedCapacityInput {
  @Field(() => BedType, { description: "The type of bed." })
  bedType!: keyof typeof BedType;

  @Field(() => Int, { description: "Number of beds of this type, 0 to 100000." })
  @Min(0)
  @Max(100_000)
  total!: number;
}

@InputType({ description: "WGS 84 coordinates in decimal degrees." })
export class GeoPointInput {
  @Field(() => Float, { description: "Latitude, -90 to 90." })
  @Min(-90)
  @Max(90)
  latitude!: number;

  @Field(() => Float, { description: "Longitude, -180 to 180." })
  @Min(-180)
  @Max(180)
  longitude!: number;
}

@InputType({ description: "A new facility (FAC-1 to FAC-3)." })
export class CreateFacilityInput {
  @Field(() => String, { description: "Ministry facility code (4 to 12 digits)." })
  @Matches(/^\d{4,12}$/)
  code!: string;

  @Field(() => String, { description: "Official name, 3 to 200 characters." })
  @Length(3, 200)
  name!: string;

  @Field(() => FacilityKind, { description: "Kind of facility; decides its level (FAC-1)." })
  kind!: keyof typeof FacilityKind;

  @Field(() => FacilityOwnership, { description: "Public, private or university." })
  ownership!: keyof typeof FacilityOwnership;

  @Field(() => String, {
    description: "ISO 3166-1 alpha-2 country; TR by default, another code for a ministry-run overseas facility (FAC-3).",
    defaultValue: "TR",
  })
  @Matches(/^[A-Z]{2}$/)
  countryCode!: string;

  @Field(() => String, {
    description: "Province plate code, 01 to 81; required in TR. A provincial directorate may create only in its own province.",
    nullable: true,
  })
  provinceCode?: string | null;

  @Field(() => String, { description: "Settlement area code inside the province (REF-1, REIMB-1).", nullable: true })
  settlementAreaCode?: string | null;

  @Field(() => String, { nullable: true, description: "District name within the province." })
  district?: string | null;

  @Field(() => GeoPointInput, { description: "Coordinates, if known.", nullable: true })
  @ValidateNested()
  location?: GeoPointInput | null;

  @Field(() => [String], { description: 'Clinic codes it offers, at most 100, e.g. ["CARDIOLOGY", "ONCOLOGY"].', defaultValue: [] })
  @ArrayMaxSize(100)
  clinics!: string[];

  @Field(() => [BedCapacityInput], { description: "Bed capacity by bed type, at most 20 entries, one per type.", defaultValue: [] })
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  bedCapacities!: BedCapacityInput[];

  @Field(() => Boolean, { description: "Whether it has an International Health Tourism Unit (HT-3).", defaultValue: false })
  hasHealthTourismUnit!: boolean;

  @Field(() => String, { nullable: true, description: IDEMPOTENCY_KEY })
  @IsOptional()
  @Length(8, 128)
  idempotencyKey?: string | null;
}

@InputType({ description: "Changes to a facility; omitted fields stay as they are." })
export class UpdateFacilityInput {
  @Field(() => ID, { description: "Global ID of the facility to change." })
  id!: string;

  @Field(() => Int, { description: EXPECTED_VERSION })
  @Min(1)
  expectedVersion!: number;

  @Field(() => String, { description: "New official name, 3 to 200 characters.", nullable: true })
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

  @Field(() => Boolean, { description: "Whether it now has an International Health Tourism Unit (HT-3).", nullable: true })
  hasHealthTourismUnit?: boolean | null;

  @Field(() => GeoPointInput, { description: "New coordinates.", nullable: true })
  @IsOptional()
  @ValidateNested()
  location?: GeoPointInput | null;
}

@ObjectType({ description: payloadOf("createFacility or updateFacility") })
export class FacilityPayload extends MutationPayload {
  @Field(() => Facility, { description: PAYLOAD_OBJECT, nullable: true })
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
