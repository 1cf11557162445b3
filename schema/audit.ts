import { Field, ID, InputType, ObjectType } from "type-graphql";
import { IsOptional, Length } from "class-validator";
import { DateTimeISOResolver } from "graphql-scalars";
import { Connection } from "./common.js";

@ObjectType({ simpleResolvers: true, description: "One read or write of a patient's personal data (KVKK)." })
export class AccessLogEntry {
  @Field(() => ID)
  id!: string;

  @Field(() => DateTimeISOResolver)
  at!: Date;

  @Field(() => String)
  clientId!: string;

  @Field(() => String)
  role!: string;

  @Field(() => String, { description: "GraphQL operation name, if the client gave one." })
  operation!: string;

  @Field(() => String, { description: "What was done, e.g. patient.read, patient.update." })
  action!: string;

  @Field(() => ID, { description: "Global ID of the patient." })
  patientId!: string;

  @Field(() => String, { description: "Why it was allowed: NATIONAL_SCOPE, SELF, CARE_LINK:<source>:<id>, REGISTERING_FACILITY:<id>." })
  basis!: string;

  @Field(() => String, { nullable: true })
  requestId!: string | null;
}

@ObjectType()
export class AccessLogConnection extends Connection(AccessLogEntry, "AccessLogEntry") {}

@InputType()
export class AccessLogFilter {
  @Field(() => ID, { nullable: true })
  patientId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 64)
  clientId?: string | null;

  @Field(() => DateTimeISOResolver, { nullable: true })
  from?: Date | null;

  @Field(() => DateTimeISOResolver, { nullable: true })
  to?: Date | null;
}
