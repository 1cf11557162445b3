import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { ArrayMaxSize, ArrayMinSize, IsEmail, IsOptional, Length, Matches, MaxLength, ValidateNested } from "class-validator";
import { LocalDate } from "./local-date.js";
import { careLinkSource, identifierKind, patientCategory, sex } from "../drizzle/schema/index.js";
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
import { Facility } from "./facilities.js";

export const PatientCategory = enumOf(patientCategory.enumValues);
export const Sex = enumOf(sex.enumValues);
export const IdentifierKind = enumOf(identifierKind.enumValues);
export const CareLinkSource = enumOf(careLinkSource.enumValues);

registerEnumType(PatientCategory, {
  valuesConfig: {
    CITIZEN: { description: "Turkish citizen." },
    HEALTH_TOURIST: { description: "Foreign patient coming to Türkiye for treatment (health-tourism case, HT-1)." },
    FOREIGN_PROGRAM: { description: 'Foreign patient of the "400 patients" programme (HT-7).' },
    TEMPORARY_PROTECTION: { description: "Syrian or Iraqi patient under temporary protection (TP-1 to TP-5)." },
    KZ_RESIDENT: { description: "Foreigner resident in Kazakhstan (KZ-1 to KZ-14)." },
  },
  name: "PatientCategory",
  description: "PAT-1.",
});
registerEnumType(Sex, {
  valuesConfig: {
    FEMALE: { description: "Female." },
    MALE: { description: "Male." },
    UNKNOWN: { description: "Not recorded or not known." },
  },
  description: "Sex as recorded in the identity document.",
  name: "Sex",
});
registerEnumType(IdentifierKind, {
  valuesConfig: {
    TCKN: { description: "Turkish national ID (T.C. Kimlik No): 11 digits with the ID-1 check digits." },
    YKN: { description: "Foreigner's Turkish ID (yabancı kimlik no): 11 digits starting 99, ID-1 check digits." },
    TEMPORARY_PROTECTION: { description: "Temporary-protection ID: 11 digits, ID-1 check digits." },
    IIN: { description: "Kazakh individual identification number (ИИН): 12 digits, ID-2 check." },
    PASSPORT: { description: "Passport number with its issuing country (ID-3)." },
  },
  name: "IdentifierKind",
  description: "TCKN, YKN (foreigner's Turkish ID, 99…) and TEMPORARY_PROTECTION follow ID-1; IIN follows ID-2; PASSPORT ID-3.",
});
registerEnumType(CareLinkSource, { name: "CareLinkSource" });

@ObjectType({
  simpleResolvers: true,
  description: "One of a patient's identifiers; the pair (kind, value) is unique across the registry (ID-4).",
})
export class PatientIdentifier {
  @Field(() => IdentifierKind, { description: "Which kind of identifier, and so which check it passed." })
  kind!: keyof typeof IdentifierKind;

  @Field(() => String, { description: "The identifier as issued (digits only for TCKN, YKN, IIN)." })
  value!: string;

  @Field(() => String, { nullable: true, description: "Issuing state of a passport (ISO 3166-1 alpha-2)." })
  issuingCountry!: string | null;
}

@ObjectType({ simpleResolvers: true, description: "How to reach the patient (PAT-2)." })
export class Contact {
  @Field(() => String, { description: "Phone number in international form, e.g. +905321234567.", nullable: true })
  phone!: string | null;

  @Field(() => String, { description: "E-mail address.", nullable: true })
  email!: string | null;

  @Field(() => String, { description: "Postal address, free text.", nullable: true })
  address!: string | null;
}

@ObjectType({ simpleResolvers: true, description: "Legal guardian of a minor (PAT-2)." })
export class Guardian {
  @Field(() => String, { description: "Full name of the guardian." })
  name!: string;

  @Field(() => String, { description: "e.g. mother, father, court-appointed guardian." })
  relationship!: string;

  @Field(() => String, { description: "Phone number of the guardian.", nullable: true })
  phone!: string | null;

  @Field(() => IdentifierKind, { description: "Kind of the guardian's identifier, if one was given.", nullable: true })
  identifierKind!: keyof typeof IdentifierKind | null;

  @Field(() => String, { description: "The guardian's identifier, if one was given.", nullable: true })
  identifierValue!: string | null;
}

@ObjectType({
  implements: Node,
  simpleResolvers: true,
  description: "A patient. Personal data: every read is authorised (PAT-3) and written to the access log.",
})
export class Patient extends Node {
  @Field(() => PatientCategory, { description: "Patient category (PAT-1)." })
  category!: keyof typeof PatientCategory;

  @Field(() => [PatientIdentifier], { description: "Every identifier the patient holds (ID-4)." })
  identifiers!: PatientIdentifier[];

  @Field(() => String, { description: "Given name(s)." })
  givenName!: string;

  @Field(() => String, { description: "Family name." })
  familyName!: string;

  @Field(() => LocalDate, { description: "Date of birth (YYYY-MM-DD)." })
  birthDate!: string;

  @Field(() => Sex, { description: "Sex as recorded." })
  sex!: keyof typeof Sex;

  @Field(() => String, { description: "ISO 3166-1 alpha-2." })
  nationality!: string;

  @Field(() => Contact, { description: "Contact details (PAT-2)." })
  contact!: Contact;

  @Field(() => String, { description: "ISO 639-1; drives interpreter assignment (HT-6)." })
  preferredLanguage!: string;

  @Field(() => Guardian, { description: "Legal guardian of a minor (PAT-2); null for adults.", nullable: true })
  guardian!: Guardian | null;

  @Field(() => Boolean, { description: "Under cancer treatment (exempts from appointment confirmation, APPT-9)." })
  cancerPatient!: boolean;

  @Field(() => Facility, { nullable: true, description: "The facility that registered the patient, if any." })
  registeringFacility!: Facility | null;

  @Field(() => Int, { description: VERSION })
  version!: number;
}

@ObjectType({ description: connectionOf("patients you may see (PAT-3); every patient listed is written to the access log") })
export class PatientConnection extends Connection(Patient, "Patient") {}

@InputType({ description: "An identifier to register or search by; malformed ones are refused with the failing check (ID-1 to ID-4)." })
export class IdentifierInput {
  @Field(() => IdentifierKind, { description: "Which kind of identifier; decides the check (ID-1, ID-2, ID-3)." })
  kind!: keyof typeof IdentifierKind;

  @Field(() => String, {
    description: "The identifier: 11 digits for TCKN/YKN/TEMPORARY_PROTECTION, 12 for IIN, the passport number for PASSPORT.",
  })
  @Length(1, 32)
  value!: string;

  @Field(() => String, { nullable: true, description: "Required for PASSPORT." })
  @IsOptional()
  @Matches(/^[A-Z]{2}$/)
  issuingCountry?: string | null;
}

@InputType({ description: "Narrows the patient list; every given field must match." })
export class PatientFilter {
  @Field(() => IdentifierInput, { nullable: true, description: "Exact identifier match." })
  @IsOptional()
  @ValidateNested()
  identifier?: IdentifierInput | null;

  @Field(() => PatientCategory, { description: "Only patients of this category (PAT-1).", nullable: true })
  category?: keyof typeof PatientCategory | null;
}

@InputType({ description: "Contact details; every field optional." })
export class ContactInput {
  @Field(() => String, { description: "Phone number in international form, e.g. +905321234567.", nullable: true })
  @IsOptional()
  @Matches(/^\+?[0-9 ()-]{7,20}$/, { message: "phone must be a telephone number" })
  phone?: string | null;

  @Field(() => String, { description: "A valid e-mail address.", nullable: true })
  @IsOptional()
  @IsEmail()
  email?: string | null;

  @Field(() => String, { description: "Postal address, free text.", nullable: true })
  @IsOptional()
  @MaxLength(500)
  address?: string | null;
}

@InputType({ description: "Legal guardian of a minor (PAT-2)." })
export class GuardianInput {
  @Field(() => String, { description: "Full name of the guardian." })
  @Length(2, 200)
  name!: string;

  @Field(() => String, { description: "Relationship to the patient, e.g. mother, father, court-appointed guardian." })
  @Length(2, 64)
  relationship!: string;

  @Field(() => String, { description: "Phone number of the guardian.", nullable: true })
  @IsOptional()
  @Matches(/^\+?[0-9 ()-]{7,20}$/, { message: "phone must be a telephone number" })
  phone?: string | null;

  @Field(() => IdentifierInput, { description: "The guardian's identifier, checked like the patient's (ID-1 to ID-3).", nullable: true })
  @IsOptional()
  @ValidateNested()
  identifier?: IdentifierInput | null;
}

@InputType({ description: "A new patient with at least one identifier (ID-1 to ID-4, PAT-1, PAT-2)." })
export class RegisterPatientInput {
  @Field(() => PatientCategory, { description: "Patient category (PAT-1)." })
  category!: keyof typeof PatientCategory;

  @Field(() => [IdentifierInput], {
    description: "One or more identifiers; each is checked (ID-1 to ID-3) and must be unique in the registry (ID-4).",
  })
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  identifiers!: IdentifierInput[];

  @Field(() => String, { description: "Given name(s)." })
  @Length(1, 100)
  givenName!: string;

  @Field(() => String, { description: "Family name." })
  @Length(1, 100)
  familyName!: string;

  @Field(() => LocalDate, { description: "Date of birth (YYYY-MM-DD), not in the future." })
  birthDate!: string;

  @Field(() => Sex, { description: "Sex as recorded in the identity document." })
  sex!: keyof typeof Sex;

  @Field(() => String, { description: "Nationality, ISO 3166-1 alpha-2 (e.g. TR, SY, DE)." })
  nationality!: string;

  @Field(() => ContactInput, { description: "Contact details.", nullable: true })
  @IsOptional()
  @ValidateNested()
  contact?: ContactInput | null;

  @Field(() => String, {
    description: "Preferred language, ISO 639-1 (default tr); drives interpreter assignment (HT-6).",
    defaultValue: "tr",
  })
  preferredLanguage!: string;

  @Field(() => GuardianInput, { description: "Legal guardian, for a minor (PAT-2).", nullable: true })
  @IsOptional()
  @ValidateNested()
  guardian?: GuardianInput | null;

  @Field(() => ID, { nullable: true, description: "Required for hospitals: their own facility." })
  registeringFacilityId?: string | null;

  @Field(() => String, { nullable: true, description: IDEMPOTENCY_KEY })
  @IsOptional()
  @Length(8, 128)
  idempotencyKey?: string | null;
}

@InputType({ description: "Changes to a patient's personal data; omitted fields stay as they are." })
export class UpdatePatientInput {
  @Field(() => ID, { description: "Global ID of the patient to change." })
  id!: string;

  @Field(() => Int, { description: EXPECTED_VERSION })
  expectedVersion!: number;

  @Field(() => String, { description: "New given name(s).", nullable: true })
  @IsOptional()
  @Length(1, 100)
  givenName?: string | null;

  @Field(() => String, { description: "New family name.", nullable: true })
  @IsOptional()
  @Length(1, 100)
  familyName?: string | null;

  @Field(() => ContactInput, { description: "New contact details (replace the old ones).", nullable: true })
  @IsOptional()
  @ValidateNested()
  contact?: ContactInput | null;

  @Field(() => String, { description: "New preferred language, ISO 639-1.", nullable: true })
  preferredLanguage?: string | null;

  @Field(() => GuardianInput, { description: "New legal guardian (replaces the old one).", nullable: true })
  @IsOptional()
  @ValidateNested()
  guardian?: GuardianInput | null;

  @Field(() => Boolean, {
    description: "Whether the patient is under cancer treatment (exempts from appointment confirmation, APPT-9).",
    nullable: true,
  })
  cancerPatient?: boolean | null;
}

@InputType({ description: "One more identifier for an existing patient (ID-4)." })
export class AddPatientIdentifierInput {
  @Field(() => ID, { description: "Global ID of the patient." })
  patientId!: string;

  @Field(() => Int, { description: EXPECTED_VERSION })
  expectedVersion!: number;

  @Field(() => IdentifierInput, { description: "The new identifier; checked (ID-1 to ID-3) and unique in the registry (ID-4)." })
  @ValidateNested()
  identifier!: IdentifierInput;
}

@ObjectType({ description: payloadOf("registerPatient, updatePatient or addPatientIdentifier") })
export class PatientPayload extends MutationPayload {
  @Field(() => Patient, { description: PAYLOAD_OBJECT, nullable: true })
  patient!: Patient | null;
}
