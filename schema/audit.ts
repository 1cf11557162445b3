import { Field, ID, InputType, ObjectType } from "type-graphql";
import { IsOptional, Length } from "class-validator";
import { DateTimeISOResolver } from "graphql-scalars";
import { Connection, connectionOf } from "./common.js";
import { StaffPerson } from "./staff.js";

@ObjectType({ simpleResolvers: true, description: "One read or write of a patient's personal data (KVKK)." })
export class AccessLogEntry {
  @Field(() => ID, { description: "Opaque ID of the entry." })
  id!: string;

  @Field(() => DateTimeISOResolver, { description: "When it happened (UTC)." })
  at!: Date;

  @Field(() => String, { description: "The API client that read or changed the data." })
  clientId!: string;

  @Field(() => StaffPerson, {
    nullable: true,
    description: "The person signed in through the client (staff sign-in), who read or changed the data; null for a machine client.",
  })
  person!: StaffPerson | null;

  @Field(() => String, { description: "The client's role at the time, e.g. PARTNER_HOSPITAL." })
  role!: string;

  @Field(() => String, { description: "GraphQL operation name, if the client gave one." })
  operation!: string;

  @Field(() => String, { description: "What was done, e.g. patient.read, patient.update." })
  action!: string;

  @Field(() => ID, { description: "Global ID of the patient." })
  patientId!: string;

  @Field(() => String, {
    description:
      "Why it was allowed: NATIONAL_SCOPE, SELF, CARE_LINK:<source>:<id>, REGISTERING_FACILITY:<id>, JUSTIFIED:<patientAccessJustifications id>.",
  })
  basis!: string;

  @Field(() => String, {
    description: "The request's ID (x-request-id), to find it in the server logs; null outside a request.",
    nullable: true,
  })
  requestId!: string | null;
}

@ObjectType({ description: connectionOf("access-log entries, newest first") })
export class AccessLogConnection extends Connection(AccessLogEntry, "AccessLogEntry") {}

@InputType({ description: "Narrows the access log; every given field must match." })
export class AccessLogFilter {
  @Field(() => ID, { description: "Only entries about this patient (global ID).", nullable: true })
  patientId?: string | null;

  @Field(() => String, { description: "Only entries made by this API client.", nullable: true })
  @IsOptional()
  @Length(1, 64)
  clientId?: string | null;

  @Field(() => ID, { description: "Only entries made by this person (the staff account's global ID, `StaffPerson.id`).", nullable: true })
  personId?: string | null;

  @Field(() => String, { description: "Only entries made by the person with this username, e.g. adana.il.", nullable: true })
  @IsOptional()
  @Length(1, 64)
  personUsername?: string | null;

  @Field(() => DateTimeISOResolver, { description: "Only entries at or after this instant (UTC).", nullable: true })
  from?: Date | null;

  @Field(() => DateTimeISOResolver, { description: "Only entries before this instant (UTC).", nullable: true })
  to?: Date | null;
}

@ObjectType({
  simpleResolvers: true,
  description:
    "PAT-3: the reason a hospital stated when it gave itself access to a patient (a referral or appointment without a current care link). Append-only.",
})
export class PatientAccessJustification {
  @Field(() => ID, { description: "The record's own ID." })
  id!: string;

  @Field(() => DateTimeISOResolver, { description: "When the access was created." })
  at!: Date;

  @Field(() => ID, { description: "Global ID of the patient." })
  patientId!: string;

  @Field(() => ID, { description: "Global ID of the facility that gave itself access." })
  facilityId!: string;

  @Field(() => ID, { description: "Global ID of the act that created the access (a Referral or an Appointment)." })
  grantedThrough!: string;

  @Field(() => String, { description: "The reason the hospital stated." })
  reason!: string;

  @Field(() => String, { description: "The API client that acted." })
  clientId!: string;

  @Field(() => String, { nullable: true, description: "The request, as in the access log." })
  requestId!: string | null;
}

@ObjectType({ description: "A page of stated reasons for access." })
export class PatientAccessJustificationConnection extends Connection(PatientAccessJustification, "PatientAccessJustification") {}
