import { Field, Float, ID, InputType, Int, ObjectType } from "type-graphql";
import { DateTimeISOResolver } from "graphql-scalars";
import { ArrayMaxSize, Length, Matches, ValidateNested } from "class-validator";
import { LocalDate } from "./local-date.js";
import { Connection, connectionOf, MutationPayload, Node, payloadOf } from "./common.js";

@ObjectType({ implements: Node, simpleResolvers: true, description: "One of Türkiye's 81 provinces (il)." })
export class Province extends Node {
  @Field(() => String, { description: "Licence-plate code, 01 to 81: the ministry's stable key." })
  code!: string;

  @Field(() => String, { description: "Province name in Turkish, e.g. Adana." })
  name!: string;

  @Field(() => [SettlementArea], { description: "Its settlement areas (municipality areas)." })
  settlementAreas!: SettlementArea[];

  @Field(() => [District], { description: "Its districts (ilçe), each with its settlement area." })
  districts!: District[];
}

@ObjectType({
  simpleResolvers: true,
  description: "A settlement area (yerleşim yeri): a municipality or metropolitan adjacent area. REIMB-1 and REF-1 compare them.",
})
export class SettlementArea {
  @Field(() => String, { description: "Stable code of the settlement area, used by REF-1 and REIMB-1 comparisons." })
  code!: string;

  @Field(() => String, { description: "Name of the municipality or metropolitan adjacent area, in Turkish." })
  name!: string;

  @Field(() => Province, { description: "The province it lies in." })
  province!: Province;

  @Field(() => Float, { description: "The municipality's reference point: latitude (REIMB-13 estimates distances from it)." })
  latitude!: number;

  @Field(() => Float, { description: "The municipality's reference point: longitude." })
  longitude!: number;

  @Field(() => Int, { description: "Changes with every SGK update; give it as expectedVersion." })
  version!: number;
}

@ObjectType({ simpleResolvers: true, description: "REIMB-13: one version of a settlement area as SGK set it." })
export class SettlementAreaVersion {
  @Field(() => Int, { description: "The version number." })
  version!: number;

  @Field(() => String, { description: "The area's name in this version." })
  name!: string;

  @Field(() => Float, { description: "Latitude in this version." })
  latitude!: number;

  @Field(() => Float, { description: "Longitude in this version." })
  longitude!: number;

  @Field(() => LocalDate, { description: "The day SGK says this version applies from." })
  effectiveFrom!: string;

  @Field(() => String, { description: "The client that set it." })
  clientId!: string;

  @Field(() => DateTimeISOResolver, { description: "When it was set." })
  at!: Date;
}

@InputType({ description: "REIMB-13: SGK adds a settlement area (without expectedVersion) or changes one." })
export class SetSettlementAreaInput {
  @Field(() => String, { description: "The area code: plate code, dash, number (e.g. 06-04)." })
  code!: string;

  @Field(() => String, { description: "The province's plate code." })
  provinceCode!: string;

  @Field(() => String, { description: "The municipality's name." })
  @Length(2, 120)
  name!: string;

  @Field(() => Float, { description: "The reference point's latitude (WGS 84)." })
  latitude!: number;

  @Field(() => Float, { description: "The reference point's longitude (WGS 84)." })
  longitude!: number;

  @Field(() => LocalDate, { description: "The day from which this version applies." })
  effectiveFrom!: string;

  @Field(() => Int, { nullable: true, description: "The version you read; omit when adding a new area." })
  expectedVersion?: number | null;
}

@ObjectType({ description: "The result of setSettlementArea." })
export class SettlementAreaPayload extends MutationPayload {
  @Field(() => SettlementArea, { nullable: true, description: "The area after the change." })
  settlementArea!: SettlementArea | null;
}

@ObjectType({ simpleResolvers: true, description: "A district (ilçe) and the settlement area it belongs to." })
export class District {
  @Field(() => ID, { description: "Opaque ID of the district." })
  id!: string;

  @Field(() => String, { description: "District name in Turkish, e.g. Ceyhan." })
  name!: string;

  @Field(() => SettlementArea, { description: "The settlement area the district belongs to (REF-1, REIMB-1)." })
  settlementArea!: SettlementArea;
}

@ObjectType({ description: connectionOf("provinces") })
export class ProvinceConnection extends Connection(Province, "Province") {}

@ObjectType({ simpleResolvers: true, description: "A public holiday: business-day deadlines skip it (REIMB-10 in TR, KZ-7 in KZ)." })
export class PublicHoliday {
  @Field(() => String, { description: "Country the holiday applies to (ISO 3166-1 alpha-2): TR or KZ." })
  countryCode!: string;

  @Field(() => LocalDate, { description: "The holiday's calendar day (LocalDate, YYYY-MM-DD)." })
  day!: string;

  @Field(() => String, { description: "Name of the holiday in the country's language, e.g. Cumhuriyet Bayramı." })
  name!: string;
}

@InputType({ description: "One public holiday of the year being replaced." })
export class PublicHolidayInput {
  @Field(() => LocalDate, { description: "The calendar day (YYYY-MM-DD), inside the given year." })
  day!: string;

  @Field(() => String, { description: "Name of the holiday, 1 to 200 characters." })
  @Length(2, 200)
  name!: string;
}

@InputType({ description: "Replaces a country's holidays of one year (e.g. when Diyanet publishes the religious holidays)." })
export class SetPublicHolidaysInput {
  @Field(() => String, { description: "Country whose holidays are replaced (ISO 3166-1 alpha-2): TR or KZ." })
  @Matches(/^(TR|KZ)$/, { message: "countryCode is TR or KZ" })
  countryCode!: string;

  @Field(() => Int, { description: "Calendar year replaced, e.g. 2026." })
  year!: number;

  @Field(() => [PublicHolidayInput], { description: "The complete list for that year; days of the year not listed stop being holidays." })
  @ArrayMaxSize(60)
  @ValidateNested()
  holidays!: PublicHolidayInput[];
}

@ObjectType({ description: payloadOf("setPublicHolidays") })
export class PublicHolidaysPayload extends MutationPayload {
  @Field(() => [PublicHoliday], {
    description: "The country's holidays of that year as stored; null when userErrors refused the change.",
    nullable: true,
  })
  holidays!: PublicHoliday[] | null;
}
