import { Field, Int, ObjectType } from "type-graphql";
import { LocalDate } from "./local-date.js";
import { Facility } from "./facilities.js";
import { ReferralPayload } from "./referrals.js";
import { ReimbursementNote, ReimbursementStatement } from "./reimbursements.js";

@ObjectType({ simpleResolvers: true, description: "REIMB-15: the nearest level-3 facility able to treat, by road from the origin." })
export class NearestTertiaryFacility {
  @Field(() => Facility, { description: "The facility travel is paid to unless REIMB-4 pays the full distance." })
  facility!: Facility;

  @Field(() => Int, { description: "One-way road km from the origin's settlement area." })
  distanceKm!: number;

  @Field(() => Boolean, { description: "REIMB-13: estimated from coordinates." })
  distanceEstimated!: boolean;
}

@ObjectType({
  simpleResolvers: true,
  description: "REIMB-15: SGK's consequences of a referral before the patient travels, from the same calculation as reimbursementQuote.",
})
export class PreReferralCheck {
  @Field(() => LocalDate, { description: "The referral day the check assumes (today)." })
  referralDate!: string;

  @Field(() => Boolean, { nullable: true, description: "REIMB-12: SGK-insured on the referral day; null when SGK has recorded nothing." })
  insured!: boolean | null;

  @Field(() => NearestTertiaryFacility, { nullable: true, description: "REIMB-3: null when no level-3 facility has the clinic." })
  nearestTertiary!: NearestTertiaryFacility | null;

  @Field(() => ReimbursementStatement, {
    nullable: true,
    description:
      "The statement of the least trip (leave and apply today, return tomorrow, the authorised transport, no tickets or reports yet) to the nearest able level-3 facility: what travel and daily allowance will and will not be paid; each outpatient day there adds one daily rate. Null when reference data is missing (see notes).",
  })
  statement!: ReimbursementStatement | null;

  @Field(() => LocalDate, { nullable: true, description: "REIMB-10: the last day to apply to the referred facility." })
  applicationDeadline!: string | null;

  @Field(() => [ReimbursementNote], {
    description: "Insurance (REIMB-12), the companion and transport reports on the document (REIMB-9, REIMB-6), missing reference data.",
  })
  notes!: ReimbursementNote[];
}

@ObjectType({ description: "createReferral's answer: the referral (null on a dry run) and SGK's pre-referral check." })
export class CreateReferralPayload extends ReferralPayload {
  @Field(() => PreReferralCheck, { nullable: true, description: "REIMB-15: SGK's consequences; null when the referral is refused." })
  sgkCheck!: PreReferralCheck | null;
}
