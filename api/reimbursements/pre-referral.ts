import type { ReferralRow } from "../../drizzle/schema/index.js";
import { localIdOf } from "../platform/conventions/global-id.js";
import type { ServiceContext } from "../platform/conventions/service-context.js";
import { nthBusinessDayFrom } from "../platform/time/business-days.js";
import { calendarDate } from "../platform/time/clock.js";
import type { ReimbursementCalculator } from "./calculator.js";
import type { SgkInsuranceService } from "./insurance.js";
import type { Explained, ReferenceFacts, ReferralFacts, Statement } from "./rules/facts.js";
import { insuranceExplanation } from "./rules/insurance.js";
import { documentNotes, nominalTrip } from "./rules/pre-referral.js";
import { checkReferenceCoverage } from "./rules/reference-coverage.js";
import { calculateStatement } from "./rules/statement.js";

export interface PreReferralCheck {
  referralDate: string;
  insured: boolean | null;
  nearestTertiary: ReferenceFacts["nearestTertiary"];
  /** The nominal trip to the nearest able level-3 facility, as reimbursementQuote calculates it; null when reference data is missing. */
  statement: Statement | null;
  applicationDeadline: string | null;
  notes: Explained[];
}

/** REIMB-15: SGK's pre-referral check, asked by createReferral (and its dry run). */
export class PreReferralCheckService {
  constructor(
    private readonly ctx: ServiceContext,
    private readonly calculator: ReimbursementCalculator,
    private readonly insurance: SgkInsuranceService,
  ) {}

  /**
   * What SGK will and will not pay for a referral about to be made, before the patient travels: the nearest able
   * level-3 facility, the statement of the nominal trip there (the same calculation as a quote), what the document
   * carries, the deadline, and the patient's insurance. The caller has been authorised to create the referral.
   */
  async check(input: {
    patientId: string;
    originFacilityId: string;
    clinicCode: string;
    diagnosisIcd10: string;
    urgency: ReferralRow["urgency"];
    medicalGrounds: ReferralRow["medicalGrounds"];
    companionRequired: boolean;
    authorisedTransport: ReferralRow["authorisedTransport"];
  }): Promise<PreReferralCheck> {
    const referralDate = calendarDate(this.ctx.clock.now());
    const patientId = localIdOf(input.patientId, "Patient", ["input", "patientId"]);
    const origin = await this.calculator.facilityFacts(localIdOf(input.originFacilityId, "Facility", ["input", "originFacilityId"]));
    const insurance = await this.insurance.statusOf(patientId, referralDate);
    const documentNotesOf = documentNotes(input);
    const insuranceNote = insuranceExplanation(insurance);
    if (!origin)
      return {
        referralDate,
        insured: insurance.insured,
        nearestTertiary: null,
        statement: null,
        applicationDeadline: null,
        notes: [
          insuranceNote,
          ...documentNotesOf,
          {
            rules: ["REIMB-1"],
            explanationTr: "SGK yol gideri Türkiye içindeki sevkler içindir.",
            explanationEn: "SGK travel is paid for referrals within Türkiye.",
          },
        ],
      };
    const facts: Omit<ReferralFacts, "destination"> = {
      origin,
      clinicCode: input.clinicCode,
      medicalGrounds: input.medicalGrounds,
      urgency: input.urgency,
      companionRequired: input.companionRequired,
      referralDate,
      recordedArrivalDate: null,
      diagnosisIcd10: input.diagnosisIcd10,
    };
    const reference = await this.calculator.referenceFacts({ ...facts, destination: null });
    const nearest = reference.nearestTertiary;
    const { deadlines, holidays } = reference;
    const holidayYearKnown = [...holidays].some((day) => day.startsWith(referralDate.slice(0, 4)));
    const applicationDeadline = holidayYearKnown ? nthBusinessDayFrom(referralDate, deadlines.travelAndDailyBusinessDays, holidays) : null;
    if (!nearest)
      return {
        referralDate,
        insured: insurance.insured,
        nearestTertiary: null,
        statement: null,
        applicationDeadline,
        notes: [
          insuranceNote,
          ...documentNotesOf,
          {
            rules: ["REIMB-3"],
            explanationTr: `${input.clinicCode} kliniği olan üçüncü basamak kuruluş yok: yol gideri gidilen kuruma göre hesaplanır.`,
            explanationEn: `No level-3 facility has the clinic ${input.clinicCode}: travel is reckoned to wherever the referral is placed.`,
          },
        ],
      };
    const referral: ReferralFacts = { ...facts, destination: nearest.facility };
    const trip = nominalTrip(referralDate, input.authorisedTransport, input.companionRequired);
    const full = { ...reference, actual: nearest.distance };
    const gaps = checkReferenceCoverage(referral, trip, full, []);
    const statement = gaps.length === 0 ? calculateStatement(referral, trip, full) : null;
    return {
      referralDate,
      insured: insurance.insured,
      nearestTertiary: nearest,
      statement,
      applicationDeadline: statement?.applicationDeadline ?? applicationDeadline,
      notes: [
        insuranceNote,
        ...documentNotesOf,
        ...gaps.map((gap) => ({ rules: [gap.rule!], explanationTr: gap.message, explanationEn: gap.message })),
      ],
    };
  }
}
