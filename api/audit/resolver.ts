import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import type { AccessLogRow, PatientAccessJustificationRow } from "../../drizzle/schema/index.js";
import {
  AccessLogConnection,
  AccessLogEntry,
  AccessLogFilter,
  PatientAccessJustification,
  PatientAccessJustificationConnection,
} from "../../schema/audit.js";
import { CONNECTION_FILTER, ConnectionArgs } from "../../schema/common.js";
import { StaffPerson } from "../../schema/staff.js";
import { personNamed } from "../staff/person.js";
import type { GraphQLContext } from "../context.js";
import { careLinkSourceTypes } from "../patients/rules.js";
import { toGlobalId } from "../platform/conventions/global-id.js";
import { connectionOf } from "../platform/conventions/pagination.js";

@Resolver(() => AccessLogEntry)
export class AccessLogResolver {
  @Query(() => AccessLogConnection, {
    description: "Who read or changed which patient's personal data, when and why (KVKK); the access log is append-only.",
  })
  async accessLog(
    @Arg("filter", () => AccessLogFilter, { description: CONNECTION_FILTER, nullable: true }) filter: AccessLogFilter | null,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() ctx: GraphQLContext,
  ) {
    return connectionOf(await ctx.services.audit.list(filter ?? {}, args));
  }

  @FieldResolver(() => ID)
  id(@Root() entry: AccessLogRow) {
    return `${entry.id}.${entry.position}`;
  }

  @FieldResolver(() => ID)
  patientId(@Root() entry: AccessLogRow) {
    return toGlobalId("Patient", entry.patientId);
  }

  @FieldResolver(() => StaffPerson, { nullable: true })
  person(@Root() entry: AccessLogRow, @Ctx() ctx: GraphQLContext) {
    return personNamed(ctx, entry.personId);
  }
}

@Resolver(() => PatientAccessJustification)
export class PatientAccessJustificationResolver {
  @Query(() => PatientAccessJustificationConnection, {
    description:
      "PAT-3: the reasons hospitals stated when they gave themselves access to a patient, oldest first. COORDINATION_UNIT and AUDITOR.",
  })
  async patientAccessJustifications(
    @Arg("patientId", () => ID, { nullable: true, description: "Only this patient's." }) patientId: string | null,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() ctx: GraphQLContext,
  ) {
    return connectionOf(await ctx.services.audit.justifications({ patientId }, args));
  }

  @FieldResolver(() => ID)
  patientId(@Root() row: PatientAccessJustificationRow) {
    return toGlobalId("Patient", row.patientId);
  }

  @FieldResolver(() => ID)
  facilityId(@Root() row: PatientAccessJustificationRow) {
    return toGlobalId("Facility", row.facilityId);
  }

  @FieldResolver(() => ID)
  grantedThrough(@Root() row: PatientAccessJustificationRow) {
    return toGlobalId(careLinkSourceTypes[row.source], row.sourceId);
  }
}
