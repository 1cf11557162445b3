import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from "type-graphql";
import type { PgTable } from "drizzle-orm/pg-core";
import { facilities, patients, referrals } from "../../drizzle/schema/index.js";
import type { ReferralRow } from "../../drizzle/schema/index.js";
import { CONNECTION_FILTER, ConnectionArgs, MUTATION_INPUT } from "../../schema/common.js";
import { Clinic, Facility } from "../../schema/facilities.js";
import { Patient } from "../../schema/patients.js";
import {
  CreateReferralInput,
  Referral,
  ReferralConnection,
  ReferralFilter,
  ReferralHistoryEntry,
  ReferralPayload,
  TransitionReferralInput,
} from "../../schema/referrals.js";
import { CreateReferralPayload } from "../../schema/pre-referral.js";
import type { GraphQLContext } from "../context.js";
import { toGlobalId } from "../platform/conventions/global-id.js";
import { facilityFieldColumns } from "../facilities/resolver.js";
import { patientFieldColumns } from "../patients/resolver.js";
import { columnsRead, connectionSelection } from "../platform/performance/lookahead.js";
import type { JoinedReferral } from "./list-query.js";
import { connectionOf } from "../platform/conventions/pagination.js";
import { payloadOf } from "../platform/conventions/payload.js";

/** The columns read by the Referral fields that have a resolver below (a field named like a column reads that column). */
export const referralFieldColumns = {
  id: ["id"],
  patient: ["patientId"],
  originFacility: ["originFacilityId"],
  destinationFacility: ["destinationFacilityId"],
  clinic: ["clinicCode"],
  history: ["id"],
};

/** On a list page the relations asked for are joined, and their resolvers answer from the join, not from the foreign keys. */
const joinedReferralFieldColumns = { ...referralFieldColumns, patient: [], originFacility: [], destinationFacility: [] };

@Resolver(() => Referral)
export class ReferralResolver {
  @Query(() => ReferralConnection, { description: "Work queues: incoming or outgoing for a hospital; all for the coordination unit." })
  async referrals(
    @Arg("filter", () => ReferralFilter, { description: CONNECTION_FILTER, nullable: true }) filter: ReferralFilter | null,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const { nodes: asked, cursors } = connectionSelection(info);
    const related = (field: string, table: PgTable, reads: Record<string, readonly string[]>) =>
      asked.has(field) ? columnsRead(table, asked.get(field)!, reads) : undefined;
    return connectionOf(
      await ctx.services.referrals.list(filter ?? {}, args, {
        referral: columnsRead(referrals, asked.keys(), joinedReferralFieldColumns),
        patient: related("patient", patients, patientFieldColumns),
        origin: related("originFacility", facilities, facilityFieldColumns),
        destination: related("destinationFacility", facilities, facilityFieldColumns),
        cursors,
      }),
    );
  }

  @Query(() => Referral, { description: "One referral by global ID, if your scope may see it." })
  referral(@Arg("id", () => ID, { description: "Global ID of the referral." }) id: string, @Ctx() ctx: GraphQLContext) {
    return ctx.services.referrals.get(id);
  }

  @Mutation(() => CreateReferralPayload, {
    description: "The origin facility refers a patient (TP-1 for temporary protection), with SGK's pre-referral check (REIMB-15).",
  })
  async createReferral(
    @Arg("input", () => CreateReferralInput, { description: MUTATION_INPUT }) input: CreateReferralInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    const result = await ctx.services.referrals.create(input);
    const accepted = result.userErrors.length === 0;
    const sgkCheck = accepted ? await ctx.services.reimbursements.preReferral.check(input) : null;
    return { ...payloadOf("referral", result), wouldBecome: accepted && input.dryRun ? "REQUESTED" : null, sgkCheck };
  }

  @Mutation(() => ReferralPayload, {
    description: "REF-2 transitions (place, accept, reject, arrive, complete, cancel, escalate); dryRun writes nothing.",
  })
  async transitionReferral(
    @Arg("input", () => TransitionReferralInput, { description: MUTATION_INPUT }) input: TransitionReferralInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    const result = await ctx.services.referrals.move(input);
    return { ...payloadOf("referral", result), wouldBecome: result.wouldBecome ?? null };
  }

  @FieldResolver(() => ID, { description: "Opaque global ID of the referral." })
  id(@Root() referral: ReferralRow) {
    return toGlobalId("Referral", referral.id);
  }

  @FieldResolver(() => Patient, { nullable: true })
  patient(@Root() referral: JoinedReferral, @Ctx() ctx: GraphQLContext) {
    const joined = referral.joined?.patient;
    return joined ? ctx.services.patients.authorisedRead(joined) : ctx.services.patients.load(referral.patientId);
  }

  @FieldResolver(() => Facility)
  originFacility(@Root() referral: JoinedReferral, @Ctx() ctx: GraphQLContext) {
    return referral.joined?.origin ?? ctx.loaders.facilityById.load(referral.originFacilityId);
  }

  @FieldResolver(() => Facility, { nullable: true })
  destinationFacility(@Root() referral: JoinedReferral, @Ctx() ctx: GraphQLContext) {
    if (referral.joined && "destination" in referral.joined) return referral.joined.destination ?? null;
    return referral.destinationFacilityId ? ctx.loaders.facilityById.load(referral.destinationFacilityId) : null;
  }

  @FieldResolver(() => Clinic)
  clinic(@Root() referral: ReferralRow, @Ctx() ctx: GraphQLContext) {
    return ctx.reference.clinics.get(referral.clinicCode);
  }

  @FieldResolver(() => [ReferralHistoryEntry])
  async history(@Root() referral: ReferralRow, @Ctx() ctx: GraphQLContext) {
    // The convention's columns, and under the names the history had before it (fromStatus, toStatus, role, comment).
    return (await ctx.services.referrals.history(referral.id)).map((step) => ({
      ...step,
      fromStatus: step.fromState,
      toStatus: step.toState,
      role: step.actorRole ?? "SYSTEM",
      comment: step.note,
    }));
  }
}
