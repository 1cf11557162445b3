import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import type { PatientRow } from "../../drizzle/schema/index.js";
import { CONNECTION_FILTER, ConnectionArgs, MUTATION_INPUT } from "../../schema/common.js";
import { Facility } from "../../schema/facilities.js";
import {
  AddPatientIdentifierInput,
  Contact,
  Guardian,
  Patient,
  PatientConnection,
  PatientFilter,
  PatientIdentifier,
  PatientPayload,
  RegisterPatientInput,
  UpdatePatientInput,
} from "../../schema/patients.js";
import type { GraphQLContext } from "../context.js";
import { toGlobalId } from "../platform/conventions/global-id.js";
import { connectionOf } from "../platform/conventions/pagination.js";
import { payloadOf } from "../platform/conventions/payload.js";

/** The columns read by the Patient fields that have a resolver below (a field named like a column reads that column). */
export const patientFieldColumns = {
  id: ["id"],
  identifiers: ["id"],
  contact: ["phone", "email", "address"],
  guardian: ["guardian"],
  registeringFacility: ["registeringFacilityId"],
};

@Resolver(() => Patient)
export class PatientResolver {
  @Query(() => PatientConnection, {
    description: "Patients the caller may read (PAT-3): all for national roles, linked ones for a hospital, itself for a portal.",
  })
  async patients(
    @Arg("filter", () => PatientFilter, { description: CONNECTION_FILTER, nullable: true }) filter: PatientFilter | null,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() ctx: GraphQLContext,
  ) {
    return connectionOf(await ctx.services.patients.list(filter ?? {}, args));
  }

  @Query(() => Patient, {
    description: "One patient by global ID, if your scope may see it (PAT-3); the read is written to the access log.",
  })
  patient(@Arg("id", () => ID, { description: "Global ID of the patient." }) id: string, @Ctx() ctx: GraphQLContext) {
    return ctx.services.patients.get(id);
  }

  @Mutation(() => PatientPayload, { description: "Registers a patient with one or more identifiers (ID-1..4, PAT-1, PAT-2)." })
  async registerPatient(
    @Arg("input", () => RegisterPatientInput, { description: MUTATION_INPUT }) input: RegisterPatientInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return payloadOf("patient", await ctx.services.patients.register(input));
  }

  @Mutation(() => PatientPayload, { description: "Changes a patient's personal data (PAT-2); written to the access log." })
  async updatePatient(
    @Arg("input", () => UpdatePatientInput, { description: MUTATION_INPUT }) input: UpdatePatientInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return payloadOf("patient", await ctx.services.patients.update(input));
  }

  @Mutation(() => PatientPayload, { description: "Adds an identifier to a patient (ID-4); written to the access log." })
  async addPatientIdentifier(
    @Arg("input", () => AddPatientIdentifierInput, { description: MUTATION_INPUT }) input: AddPatientIdentifierInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return payloadOf("patient", await ctx.services.patients.addIdentifier(input));
  }

  @FieldResolver(() => ID, { description: "Opaque global ID of the patient." })
  id(@Root() patient: PatientRow) {
    return toGlobalId("Patient", patient.id);
  }

  @FieldResolver(() => [PatientIdentifier])
  async identifiers(@Root() patient: PatientRow, @Ctx() ctx: GraphQLContext) {
    const rows = await ctx.loaders.identifiersByPatientId.load(patient.id);
    return rows.map((row) => ({ kind: row.kind, value: row.value, issuingCountry: row.issuingCountry || null }));
  }

  @FieldResolver(() => Contact)
  contact(@Root() patient: PatientRow) {
    return { phone: patient.phone, email: patient.email, address: patient.address };
  }

  @FieldResolver(() => Guardian, { nullable: true })
  guardian(@Root() patient: PatientRow) {
    return patient.guardian;
  }

  @FieldResolver(() => Facility, { nullable: true })
  registeringFacility(@Root() patient: PatientRow, @Ctx() ctx: GraphQLContext) {
    return patient.registeringFacilityId ? ctx.loaders.facilityById.load(patient.registeringFacilityId) : null;
  }
}
