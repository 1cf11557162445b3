import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { ArrayMaxSize, Length, Matches, ValidateNested } from "class-validator";
import { LocalDate } from "./local-date.js";
import { Connection, MutationPayload, Node } from "./common.js";

@ObjectType({ implements: Node, simpleResolvers: true, description: "One of Türkiye's 81 provinces (il)." })
export class Province extends Node {
  @Field(() => String, { description: "Licence-plate code, 01 to 81: the ministry's stable key." })
  code!: string;

  @Field(() => String)
  name!: string;

  @Field(() => [SettlementArea], { description: "Its settlement areas (municipality areas)." })
  settlementAreas!: SettlementArea[];

  @Field(() => [District])
  districts!: District[];
}

@ObjectType({
  simpleResolvers: true,
  description: "A settlement area (yerleşim yeri): a municipality or metropolitan adjacent area. REIMB-1 and REF-1 compare them.",
})
export class SettlementArea {
  @Field(() => String)
  code!: string;

  @Field(() => String)
  name!: string;

  @Field(() => Province)
  province!: Province;
}

@ObjectType({ simpleResolvers: true, description: "A district (ilçe) and the settlement area it belongs to." })
export class District {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => SettlementArea)
  settlementArea!: SettlementArea;
}

@ObjectType()
export class ProvinceConnection extends Connection(Province, "Province") {}

@ObjectType({ simpleResolvers: true, description: "A public holiday: business-day deadlines skip it (REIMB-10 in TR, KZ-7 in KZ)." })
export class PublicHoliday {
  @Field(() => String)
  countryCode!: string;

  @Field(() => LocalDate)
  day!: string;

  @Field(() => String)
  name!: string;
}

@InputType()
export class PublicHolidayInput {
  @Field(() => LocalDate)
  day!: string;

  @Field(() => String)
  @Length(2, 200)
  name!: string;
}

@InputType({ description: "Replaces a country's holidays of one year (e.g. when Diyanet publishes the religious holidays)." })
export class SetPublicHolidaysInput {
  @Field(() => String)
  @Matches(/^(TR|KZ)$/, { message: "countryCode is TR or KZ" })
  countryCode!: string;

  @Field(() => Int)
  year!: number;

  @Field(() => [PublicHolidayInput])
  @ArrayMaxSize(60)
  @ValidateNested()
  holidays!: PublicHolidayInput[];
}

@ObjectType()
export class PublicHolidaysPayload extends MutationPayload {
  @Field(() => [PublicHoliday], { nullable: true })
  holidays!: PublicHoliday[] | null;
}
