import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { ArrayMaxSize, ArrayMinSize, IsEmail, IsOptional, Length, Matches, MaxLength, ValidateNested } from "class-validator";
import { LocalDate } from "./local-date.js";
import { careLinkSource, identifierKind, patientCategory, sex } from "../drizzle/schema/index.js";
import { Connection, MutationPayload, Node, enumOf } from "./common.js";
import { Facility } from "./facilities.js";

export const PatientCategory = enumOf(patientCategory.enumValues);
export const Sex = enumOf(sex.enumValues);
export const IdentifierKind = enumOf(identifierKind.enumValues);
export const CareLinkSource = enumOf(careLinkSource.enumValues);

registerEnumType(PatientCategory, { name: "PatientCategory", description: "PAT-1." });
registerEnumType(Sex, { name: "Sex" });
registerEnumType(IdentifierKind, {
  name: "IdentifierKind",
  description: "TCKN, YKN (foreigner's Turkish ID, 99…) and TEMPORARY_PROTECTION follow ID-1; IIN follows ID-2; PASSPORT ID-3.",
});
registerEnumType(CareLinkSource, { name: "CareLinkSource" });

@ObjectType({ simpleResolvers: true })
export class PatientIdentifier {
  @Field(() => IdentifierKind)
  kind!: keyof typeof IdentifierKind;

  @Field(() => String)
  value!: string;

  @Field(() => String, { nullable: true, description: "Issuing state of a passport (ISO 3166-1 alpha-2)." })
  issuingCountry!: string | null;
}

@ObjectType({ simpleResolvers: true })
export class Contact {
  @Field(() => String, { nullable: true })
  phone!: string | null;

  @Field(() => String, { nullable: true })
  email!: string | null;

  @Field(() => String, { nullable: true })
  address!: string | null;
}

@ObjectType({ simpleResolvers: true, description: "Legal guardian of a minor (PAT-2)." })
export class Guardian {
  @Field(() => String)
  name!: string;

  @Field(() => String, { description: "e.g. mother, father, court-appointed guardian." })
  relationship!: string;

  @Field(() => String, { nullable: true })
  phone!: string | null;

  @Field(() => IdentifierKind, { nullable: true })
  identifierKind!: keyof typeof IdentifierKind | null;

  @Field(() => String, { nullable: true })
  identifierValue!: string | null;
}

@ObjectType({
  implements: Node,
  simpleResolvers: true,
  description: "A patient. Personal data: every read is authorised (PAT-3) and written to the access log.",
})
export class Patient extends Node {
  @Field(() => PatientCategory)
  category!: keyof typeof PatientCategory;

  @Field(() => [PatientIdentifier])
  identifiers!: PatientIdentifier[];

  @Field(() => String)
  givenName!: string;

  @Field(() => String)
  familyName!: string;

  @Field(() => LocalDate)
  birthDate!: string;

  @Field(() => Sex)
  sex!: keyof typeof Sex;

  @Field(() => String, { description: "ISO 3166-1 alpha-2." })
  nationality!: string;

  @Field(() => Contact)
  contact!: Contact;

  @Field(() => String, { description: "ISO 639-1; drives interpreter assignment (HT-6)." })
  preferredLanguage!: string;

  @Field(() => Guardian, { nullable: true })
  guardian!: Guardian | null;

  @Field(() => Boolean, { description: "Under cancer treatment (exempts from appointment confirmation, APPT-9)." })
  cancerPatient!: boolean;

  @Field(() => Facility, { nullable: true, description: "The facility that registered the patient, if any." })
  registeringFacility!: Facility | null;

  @Field(() => Int)
  version!: number;
}

@ObjectType()
export class PatientConnection extends Connection(Patient, "Patient") {}

@InputType()
export class IdentifierInput {
  @Field(() => IdentifierKind)
  kind!: keyof typeof IdentifierKind;

  @Field(() => String)
  @Length(1, 32)
  value!: string;

  @Field(() => String, { nullable: true, description: "Required for PASSPORT." })
  @IsOptional()
  @Matches(/^[A-Z]{2}$/)
  issuingCountry?: string | null;
}

@InputType()
export class PatientFilter {
  @Field(() => IdentifierInput, { nullable: true, description: "Exact identifier match." })
  @IsOptional()
  @ValidateNested()
  identifier?: IdentifierInput | null;

  @Field(() => PatientCategory, { nullable: true })
  category?: keyof typeof PatientCategory | null;
}

@InputType()
export class ContactInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^\+?[0-9 ()-]{7,20}$/, { message: "phone must be a telephone number" })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail()
  email?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(500)
  address?: string | null;
}

@InputType()
export class GuardianInput {
  @Field(() => String)
  @Length(2, 200)
  name!: string;

  @Field(() => String)
  @Length(2, 64)
  relationship!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^\+?[0-9 ()-]{7,20}$/, { message: "phone must be a telephone number" })
  phone?: string | null;

  @Field(() => IdentifierInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  identifier?: IdentifierInput | null;
}

@InputType()
export class RegisterPatientInput {
  @Field(() => PatientCategory)
  category!: keyof typeof PatientCategory;

  @Field(() => [IdentifierInput])
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  identifiers!: IdentifierInput[];

  @Field(() => String)
  @Length(1, 100)
  givenName!: string;

  @Field(() => String)
  @Length(1, 100)
  familyName!: string;

  @Field(() => LocalDate)
  birthDate!: string;

  @Field(() => Sex)
  sex!: keyof typeof Sex;

  @Field(() => String)
  nationality!: string;

  @Field(() => ContactInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  contact?: ContactInput | null;

  @Field(() => String, { defaultValue: "tr" })
  preferredLanguage!: string;

  @Field(() => GuardianInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  guardian?: GuardianInput | null;

  @Field(() => ID, { nullable: true, description: "Required for hospitals: their own facility." })
  registeringFacilityId?: string | null;

  @Field(() => String, { nullable: true, description: "A retry with the same key returns the first result." })
  @IsOptional()
  @Length(8, 128)
  idempotencyKey?: string | null;
}

@InputType({ description: "Changes to a patient's personal data; omitted fields stay as they are." })
export class UpdatePatientInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  expectedVersion!: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 100)
  givenName?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 100)
  familyName?: string | null;

  @Field(() => ContactInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  contact?: ContactInput | null;

  @Field(() => String, { nullable: true })
  preferredLanguage?: string | null;

  @Field(() => GuardianInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  guardian?: GuardianInput | null;

  @Field(() => Boolean, { nullable: true })
  cancerPatient?: boolean | null;
}

@InputType()
export class AddPatientIdentifierInput {
  @Field(() => ID)
  patientId!: string;

  @Field(() => Int)
  expectedVersion!: number;

  @Field(() => IdentifierInput)
  @ValidateNested()
  identifier!: IdentifierInput;
}

@ObjectType()
export class PatientPayload extends MutationPayload {
  @Field(() => Patient, { nullable: true })
  patient!: Patient | null;
}
