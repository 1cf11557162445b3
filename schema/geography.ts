import { Field, ID, ObjectType } from "type-graphql";
import { Connection, Node } from "./common.js";

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
